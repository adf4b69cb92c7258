package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup, stopped chan<- int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			stopped <- id
			return
		case j := <-jobs:
			select {
			case results <- j * j:
			case <-ctx.Done():
				stopped <- id
				return
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan int)
	stopped := make(chan int, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg, stopped)
	}
	go func() {
		for i := 1; ; i++ {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	sum := 0
	for n := 0; n < 10; n++ {
		sum += <-results
	}
	cancel()
	wg.Wait()
	close(stopped)
	count := 0
	for range stopped {
		count++
	}
	fmt.Println("collected 10 results; sum >= 385:", sum >= 385)
	fmt.Println("workers stopped:", count)
	fmt.Println(ctx.Err())
}
