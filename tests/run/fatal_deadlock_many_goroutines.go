package main

import (
	"fmt"
	"sync"
	"time"
)

func recvForever(c chan int)      { <-c }
func sendForever(c chan int)      { c <- 1 }
func selectForever(a, b chan int) {
	select {
	case <-a:
	case <-b:
	}
}
func lockForever(mu *sync.Mutex) { mu.Lock() }

func main() {
	c := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	go recvForever(c)
	go sendForever(make(chan int))
	go selectForever(make(chan int), make(chan int))
	go lockForever(&mu)
	go func() { select {} }()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main waits too")
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
