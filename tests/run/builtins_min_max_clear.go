package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(2.5, 1))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	x, y := 7, 9
	fmt.Println(min(x, y), max(x, y, 8))
	var f float64 = 0.5
	fmt.Println(min(f, 1), max(f, -1))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	const c = min(1, 2.5)
	fmt.Println(c)
}
