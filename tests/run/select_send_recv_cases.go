package main

import (
	"fmt"
	"sort"
)

// A queue goroutine that accepts input and delivers output in one select, disabling the
// output case with a nil channel when it has nothing to send.
func queue(in <-chan int, out chan<- int) {
	var buf []int
	for in != nil || len(buf) > 0 {
		var send chan<- int
		var next int
		if len(buf) > 0 {
			send = out
			next = buf[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			buf = append(buf, v)
		case send <- next:
			buf = buf[1:]
		}
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go queue(in, out)
	for i := 1; i <= 5; i++ {
		in <- i * 11
	}
	close(in)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Send and receive cases on buffered channels with deterministic readiness.
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	var did []string
	for i := 0; i < 2; i++ {
		select {
		case b <- 2:
			did = append(did, "sent to b")
			b = nil
		case v := <-a:
			did = append(did, fmt.Sprint("received from a ", v))
			a = nil
		}
	}
	sort.Strings(did)
	fmt.Println(did)
	// Fibonacci with quit channel (Tour of Go).
	c := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		quit <- 0
	}()
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
