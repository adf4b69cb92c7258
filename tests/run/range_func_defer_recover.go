package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func withDefers() {
	defer fmt.Println("function defer")
	for i := range Count(3) {
		defer fmt.Println("body defer", i)
		for j := range Count(2) {
			defer fmt.Println("inner defer", i, j)
		}
	}
	fmt.Println("end of function body")
}

func recovered() (r any) {
	defer func() { r = recover() }()
	for i := range Count(5) {
		if i == 2 {
			panic(fmt.Sprint("boom at ", i))
		}
	}
	return nil
}

func main() {
	withDefers()
	fmt.Println("recovered:", recovered())
}
