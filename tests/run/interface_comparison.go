package main

import "fmt"

type K struct{ A int }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	a, b = &K{1}, &K{1}
	fmt.Println(a == b)
	var e error
	var s fmt.Stringer
	fmt.Println(e == nil, s == nil)
	m := map[interface{}]string{1: "int", "1": "string", 1.0: "float", K{1}: "K"}
	fmt.Println(m[1], m["1"], m[1.0], m[K{1}], len(m))
	a = 3
	fmt.Println(a == 3, a != 4)
}
