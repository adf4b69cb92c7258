package main

import "fmt"

func makePair() (func(), func() int) {
	x := 0
	return func() { x++ }, func() int { return x }
}

func main() {
	inc, get := makePair()
	inc()
	inc()
	fmt.Println(get())
	s := []int{1, 2, 3}
	appendIt := func(v int) { s = append(s, v) }
	appendIt(4)
	fmt.Println(s)
	m := map[string]int{}
	set := func(k string) { m[k] = len(k) }
	set("abc")
	fmt.Println(m)
	var memo map[int]int
	var fib func(int) int
	memo = map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80), len(memo))
}
