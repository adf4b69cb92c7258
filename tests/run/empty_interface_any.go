package main

import "fmt"

func describe(vals ...any) {
	for _, v := range vals {
		switch t := v.(type) {
		case int:
			fmt.Println("int", t+1)
		case string:
			fmt.Println("string", len(t))
		case []any:
			fmt.Println("nested", len(t))
			describe(t...)
		case map[string]any:
			fmt.Println("map", len(t))
		default:
			fmt.Printf("%T\n", t)
		}
	}
}

func main() {
	describe(1, "two", []any{3, "four"}, map[string]any{"k": 1}, 5.0, nil)
	var a any = []int{1}
	b := a
	a.([]int)[0] = 9
	fmt.Println(b)
}
