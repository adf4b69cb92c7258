package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	for v := range ch {
		fmt.Println(v)
	}
	done := make(chan struct{})
	result := 0
	go func() {
		defer close(done)
		for i := 1; i <= 100; i++ {
			result += i
		}
	}()
	<-done
	fmt.Println(result)
}
