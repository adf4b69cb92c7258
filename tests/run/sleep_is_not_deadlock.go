package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(80 * time.Millisecond)
		c <- 42
	}()
	// main is blocked and the only other goroutine sleeps: not a deadlock.
	fmt.Println(<-c)
	t := time.NewTimer(30 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("after fired")
	}
}
