package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	delays := []int{4, 1, 3, 0, 2}
	for i, d := range delays {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * 40 * time.Millisecond)
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 30ms:", el >= 30*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero and negative sleeps return")
}
