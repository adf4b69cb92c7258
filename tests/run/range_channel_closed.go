package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 4; i++ {
		ch <- i * i
	}
	close(ch)
	fmt.Println(len(ch), cap(ch))
	for v := range ch {
		fmt.Println(v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	s := make(chan string, 2)
	s <- "a"
	s <- "b"
	close(s)
	x, ok1 := <-s
	fmt.Println(x, ok1, len(s))
}
