package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	m := make(map[string]int)
	c := make(chan bool, 4)
	fmt.Println(len(s), cap(s), len(m), len(c), cap(c))
	fmt.Println(len("héllo"), len([3]int{}), cap([3]int{}))
	p := new(int)
	*p = 5
	ps := new([]string)
	fmt.Println(*p, *ps == nil, len(*ps))
	type T struct {
		A int
		B string
	}
	t := new(T)
	fmt.Printf("%+v\n", *t)
	var arrp *[4]int
	fmt.Println(len(arrp), cap(arrp))
	m["a"] = 1
	m["b"] = 2
	delete(m, "a")
	fmt.Println(len(m))
}
