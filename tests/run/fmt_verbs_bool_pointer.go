package main

import "fmt"

func main() {
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	x := 5
	p := &x
	fmt.Printf("%p %v\n", p, p != nil)
	s := []int{1}
	fmt.Printf("%p\n", s)
	m := map[string]int{}
	fmt.Printf("%p\n", m)
	var np *int
	fmt.Printf("%p %v %d\n", np, np, np)
	type T struct{ A int }
	fmt.Printf("%v %+v\n", &T{1}, &T{2})
	pp := &p
	fmt.Println(**pp, *pp == p)
	fmt.Printf("%t\n", 5)
}
