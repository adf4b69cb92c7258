package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	// Wait with a zero counter returns at once.
	wg.Wait()
	fmt.Println("zero wait")
	// Reuse after Wait returns.
	for round := 0; round < 3; round++ {
		results := make([]int, 4)
		wg.Add(len(results))
		for i := range results {
			go func() {
				defer wg.Done()
				results[i] = (round + 1) * (i + 1)
			}()
		}
		wg.Wait()
		fmt.Println("round", round, results)
	}
	// Several goroutines waiting on one WaitGroup.
	var start sync.WaitGroup
	start.Add(1)
	var finished sync.WaitGroup
	out := make(chan int, 5)
	for i := 0; i < 5; i++ {
		finished.Add(1)
		go func() {
			defer finished.Done()
			start.Wait()
			out <- i
		}()
	}
	start.Done()
	finished.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("waiters released, sum", sum)
	// Add with a larger delta, Done in a loop.
	wg.Add(10)
	go func() {
		for i := 0; i < 10; i++ {
			wg.Done()
		}
	}()
	wg.Wait()
	fmt.Println("bulk add")
	// WaitGroup passed by pointer.
	work := func(id int, wg *sync.WaitGroup, res []string) {
		defer wg.Done()
		res[id] = fmt.Sprintf("w%d", id)
	}
	res := make([]string, 3)
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go work(i, &wg, res)
	}
	wg.Wait()
	fmt.Println(res)
}
