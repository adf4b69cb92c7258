package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	// Settle the scheduler after GOMAXPROCS's stop-the-world.
	settled := make(chan bool)
	go func() { settled <- true }()
	<-settled
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Print(i, " ")
		}()
	}
	wg.Wait()
	fmt.Println()
	// The same with a single goroutine: it runs when main blocks.
	done := make(chan bool)
	go func() {
		fmt.Println("only goroutine")
		done <- true
	}()
	fmt.Println("main first")
	<-done
}
