package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(map[int]string{10: "x", -5: "y", 3: "z"})
	fmt.Println(map[float64]int{2.5: 1, -1.5: 2, 0: 3})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false})
	fmt.Println(map[interface{}]int{"s": 1, 2: 2, 1.5: 3, true: 4, "a": 5, 1: 6})
	fmt.Printf("%v %+v %#v\n", map[string]K{"k": {1, "x"}}, map[string]K{"k": {}}, map[string]int{"z": 1, "a": 2})
	fmt.Printf("%x %d\n", map[string]int{"a": 255}, map[int]int{2: 20, 1: 10})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
}
