// Two CPU-bound goroutines: with GOMAXPROCS=2 they run at the same time, so the process
// uses about twice as much CPU time as wall time (tests/parallel.rs measures it).
package main

import (
	"fmt"
	"sync"
)

func spin(seed uint64, n int) uint64 {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

func main() {
	var wg sync.WaitGroup
	results := make([]uint64, 2)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[g] = spin(uint64(g+1), 20_000_000)
		}()
	}
	wg.Wait()
	fmt.Println(results[0] != results[1])
}
