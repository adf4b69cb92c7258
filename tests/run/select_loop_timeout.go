package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		// then goes quiet
	}()
	timeouts := 0
	received := 0
	for timeouts == 0 {
		select {
		case v := <-data:
			received++
			fmt.Println("got", v)
		case <-time.After(100 * time.Millisecond):
			timeouts++
			fmt.Println("timeout")
		}
	}
	fmt.Println("received", received)

	// A whole-loop deadline with a per-iteration timer.
	deadline := time.After(150 * time.Millisecond)
	tick := make(chan int)
	go func() {
		for i := 0; ; i++ {
			tick <- i
			time.Sleep(time.Millisecond)
		}
	}()
	n := 0
loop:
	for {
		select {
		case <-tick:
			n++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks > 10:", n > 10)

	// A timeout that never fires because the value is ready.
	ready := make(chan string, 1)
	ready <- "fast"
	select {
	case s := <-ready:
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("slow")
	}
}
