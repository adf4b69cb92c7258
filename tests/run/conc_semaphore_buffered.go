package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	running, maxRunning, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			running++
			if running > maxRunning {
				maxRunning = running
			}
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
			running--
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("done", done, "max concurrent", maxRunning, "limit respected:", maxRunning <= limit)
	fmt.Println("semaphore empty:", len(sem) == 0)
	// A weighted semaphore made of tokens.
	tokens := make(chan int, 4)
	for i := 0; i < 4; i++ {
		tokens <- i
	}
	acquire := func(n int) []int {
		got := make([]int, n)
		for i := range got {
			got[i] = <-tokens
		}
		return got
	}
	release := func(ts []int) {
		for _, t := range ts {
			tokens <- t
		}
	}
	a := acquire(3)
	fmt.Println("acquired", len(a), "left", len(tokens))
	release(a)
	fmt.Println("released, left", len(tokens))
}
