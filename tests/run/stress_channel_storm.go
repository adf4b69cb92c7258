// Many goroutines pass values around a ring of unbuffered channels, then a fan-in of
// buffered channels; the checksums do not depend on scheduling.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 500
	const laps = 40
	ring := make([]chan int, n)
	for i := range ring {
		ring[i] = make(chan int)
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(in, out chan int) {
			defer wg.Done()
			for v := range in {
				if v == 0 {
					close(out)
					return
				}
				out <- v - 1
			}
			close(out)
		}(ring[i], ring[(i+1)%n])
	}
	ring[0] <- n * laps
	wg.Wait()
	fmt.Println("ring done")

	results := make(chan int, 64)
	var producers sync.WaitGroup
	for p := 0; p < 200; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for k := 0; k < 100; k++ {
				results <- p*100 + k
			}
		}(p)
	}
	go func() {
		producers.Wait()
		close(results)
	}()
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
