package main

import (
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	done := make(chan string)
	// A deferred runtime.Goexit ends the goroutine after the other deferred calls.
	go func() {
		defer func() { done <- "goexit: earlier defer ran" }()
		defer runtime.Goexit()
		defer fmt.Println("goexit: later defer runs first")
	}()
	fmt.Println(<-done)
	// A deferred runtime.Goexit stops a panic.
	go func() {
		defer func() { done <- "goexit stopped the panic" }()
		defer runtime.Goexit()
		panic("never printed")
	}()
	fmt.Println(<-done)
	// A deferred time.Sleep really sleeps.
	go func() {
		start := time.Now()
		func() {
			defer time.Sleep(30 * time.Millisecond)
		}()
		done <- fmt.Sprint("slept: ", time.Since(start) >= 30*time.Millisecond)
	}()
	fmt.Println(<-done)
	// Deferred atomics take effect.
	var n int32
	func() {
		defer atomic.AddInt32(&n, 5)
		defer atomic.StoreInt32(&n, 10)
	}()
	fmt.Println("n =", n)
	// A deferred os.Exit ends the program with its code; main's earlier defers do not run.
	defer fmt.Println("not printed")
	defer os.Exit(3)
	fmt.Println("main returns")
}
