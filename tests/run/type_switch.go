package main

import "fmt"

type MyErr struct{}

func (MyErr) Error() string { return "my error" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []interface{}{nil, 1, int64(2), "abc", MyErr{}, []int{1, 2}, func() int { return 9 }, 3.5, struct{}{}} {
		fmt.Println(classify(v))
	}
	var i interface{} = 1.5
	switch i.(type) {
	case int:
		fmt.Println("int")
	case float64:
		fmt.Println("float64")
	}
}
