package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		// recover returns nil during Goexit: it is not a panic.
		out <- fmt.Sprintf("worker %d deferred, recover=%v", id, recover())
	}()
	step(id, out)
	out <- "not reached"
}

func step(id int, out chan<- string) {
	defer func() { out <- fmt.Sprintf("step %d deferred", id) }()
	if id >= 0 {
		runtime.Goexit()
	}
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(1)
	go worker(1, &wg, out)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	// Goexit inside a deferred call during a panic stops the panic.
	done := make(chan string)
	go func() {
		defer func() { done <- "goroutine ended quietly" }()
		defer runtime.Goexit()
		panic("this panic is cancelled by Goexit")
	}()
	fmt.Println(<-done)
	// Goexit after a recovered panic.
	done2 := make(chan string)
	go func() {
		defer func() { done2 <- "second ended" }()
		defer func() {
			fmt.Println("recovered:", recover())
			runtime.Goexit()
		}()
		panic("p2")
	}()
	fmt.Println(<-done2)
}
