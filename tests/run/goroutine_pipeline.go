package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(square(gen(1, 2, 3, 4))) {
		fmt.Println(v)
	}
	results := make(chan string)
	go func() {
		defer close(results)
		for _, w := range []string{"a", "b"} {
			results <- w + w
		}
	}()
	for r := range results {
		fmt.Println(r)
	}
}
