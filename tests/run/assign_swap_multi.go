package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	var m = map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	_, d := 5, 6
	fmt.Println(d)
}
