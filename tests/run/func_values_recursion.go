package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

var isEven, isOdd func(int) bool

func main() {
	sq := func(x int) int { return x * x }
	fmt.Println(apply(sq, 7), fib(20))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(sq, inc)(3), compose(inc, sq)(3))
	isEven = func(n int) bool { return n == 0 || isOdd(n-1) }
	isOdd = func(n int) bool { return n != 0 && isEven(n-1) }
	fmt.Println(isEven(10), isOdd(7))
	var nf func()
	fmt.Println(nf == nil)
	fs := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(fs["add"](3, 4), fs["mul"](3, 4))
	fmt.Println(func(s string) string { return s + "!" }("hi"))
}
