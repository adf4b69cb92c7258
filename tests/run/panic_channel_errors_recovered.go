package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %v (runtime.Error %v, error %v", name, r, isRT, isErr)
		if isErr {
			fmt.Printf(", Error() %q", err.Error())
		}
		fmt.Println(")")
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("select send on closed", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})
	try("makechan", func() {
		n := -1
		_ = make(chan int, n)
	})
	// A blocked sender panics when the channel is closed under it.
	c := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint(recover()) }()
		c <- 1
	}()
	// Whether the sender is already blocked or not, it panics the same way.
	runtime.Gosched()
	close(c)
	fmt.Println("blocked sender:", <-res)
}
