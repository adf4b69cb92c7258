package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var woke []int
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			woke = append(woke, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(woke)
	fmt.Println(woke)
	// Closing wakes blocked receivers with zero values.
	c := make(chan int)
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() {
			v, ok := <-c
			results <- fmt.Sprint(v, ok)
		}()
	}
	close(c)
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
	// A quit channel stops a loop.
	quit := make(chan bool)
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case ticks <- i:
			case <-quit:
				close(ticks)
				return
			}
		}
	}()
	for i := 0; i < 5; i++ {
		fmt.Print(<-ticks, " ")
	}
	close(quit)
	for range ticks {
	}
	fmt.Println("stopped")
}
