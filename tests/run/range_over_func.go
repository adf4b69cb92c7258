package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
		fmt.Println("done")
	}
}

func Pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Empty(yield func() bool) {
	yield()
	yield()
}

func main() {
	for x := range Count(3) {
		fmt.Println("got", x)
	}
	for x := range Count(10) {
		if x == 2 {
			break
		}
		fmt.Println("x", x)
	}
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, s)
	}
	n := 0
	for range Empty {
		n++
	}
	fmt.Println("empty ran", n)
}
