package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// Signal wakes the goroutine that has waited longest.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	woken := make(chan int, 4)
	for i := 0; i < 4; i++ {
		go func() {
			mu.Lock()
			c.Wait()
			mu.Unlock()
			woken <- i
		}()
		time.Sleep(50 * time.Millisecond) // goroutine i is waiting before i+1 starts
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		c.Signal()
		mu.Unlock()
		fmt.Println("woke", <-woken)
	}
}
