package main

import "fmt"

var msg string

func main() {
	// An unbuffered send happens before the receive completes.
	c := make(chan int)
	go func() {
		msg = "hello, world"
		c <- 0
	}()
	<-c
	fmt.Println(msg)
	// A receive from an unbuffered channel happens before the send completes.
	d := make(chan int)
	go func() {
		msg = "second"
		<-d
	}()
	d <- 0
	fmt.Println(msg)
	// The kth receive on a channel of capacity C happens before the k+Cth send completes.
	limit := make(chan struct{}, 2)
	order := make(chan int, 10)
	done := make(chan bool)
	for i := 0; i < 6; i++ {
		limit <- struct{}{}
		order <- i
		go func() {
			<-limit
			done <- true
		}()
	}
	for i := 0; i < 6; i++ {
		<-done
	}
	close(order)
	for v := range order {
		fmt.Print(v)
	}
	fmt.Println()
	// Buffered channel keeps FIFO order from one sender.
	fifo := make(chan int, 100)
	go func() {
		for i := 0; i < 100; i++ {
			fifo <- i
		}
		close(fifo)
	}()
	prev, okOrder := -1, true
	for v := range fifo {
		if v != prev+1 {
			okOrder = false
		}
		prev = v
	}
	fmt.Println("fifo", okOrder, prev)
}
