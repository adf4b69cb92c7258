package main

import "fmt"

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (int, bool) {
	for v := range Seq(100) {
		if v*v >= target {
			return v, true
		}
	}
	return 0, false
}

func main() {
	fmt.Println(find(50))
	fmt.Println(find(100000))
outer:
	for a := range Seq(3) {
		for b := range Seq(3) {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println(a, b)
		}
	}
	func() {
		defer fmt.Println("deferred in loop body runs at function end")
		for v := range Seq(2) {
			defer fmt.Println("defer", v)
		}
		fmt.Println("after loop")
	}()
}
