package main

import "fmt"

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range produce(6) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
	for v := range produce(0) {
		fmt.Println("never", v)
	}
	fmt.Println("empty range done")
	words := make(chan string, 3)
	words <- "a"
	words <- "b"
	words <- "c"
	close(words)
	n := 0
	for range words {
		n++
	}
	fmt.Println("count", n)
	nested := make(chan chan int, 2)
	for i := 0; i < 2; i++ {
		c := make(chan int, 3)
		for j := 0; j < 3; j++ {
			c <- i*10 + j
		}
		close(c)
		nested <- c
	}
	close(nested)
	for c := range nested {
		for v := range c {
			fmt.Print(v, " ")
		}
		fmt.Println()
	}
	early := produce(100)
	for v := range early {
		if v > 10 {
			fmt.Println("break at", v)
			break
		}
	}
}
