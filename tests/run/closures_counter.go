package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	a := counter()
	b := counter()
	fmt.Println(a(), a(), a(), b())
	x := 1
	f := func() { x *= 10 }
	f()
	f()
	fmt.Println(x)
	x = 5
	g := func() int { return x }
	x = 6
	fmt.Println(g())
	var fns []func() int
	for i := 0; i < 3; i++ {
		j := i * i
		fns = append(fns, func() int { return j })
	}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		sum := 0
		return func(v int) int { sum += v; return sum }
	}()
	acc(1)
	acc(2)
	fmt.Println(acc(3))
}
