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
	wg.Add(2)
	say := func(s string) {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Println(s, i)
			runtime.Gosched()
		}
	}
	go say("world")
	go say("hello")
	wg.Wait()
	// Gosched lets a started goroutine run before main continues.
	ran := false
	go func() { ran = true }()
	runtime.Gosched()
	fmt.Println("ran after Gosched:", ran)
}
