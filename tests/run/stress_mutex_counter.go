// Many goroutines contend for one mutex, an RWMutex and atomics; the counts are exact.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	counter := 0
	shared := map[int]int{}
	var reads atomic.Int64
	var ops atomic.Uint32
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				mu.Lock()
				counter++
				mu.Unlock()
				if k%10 == 0 {
					rw.Lock()
					shared[g]++
					rw.Unlock()
				} else {
					rw.RLock()
					_ = shared[g]
					reads.Add(1)
					rw.RUnlock()
				}
				ops.Add(1)
			}
		}(g)
	}
	wg.Wait()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	fmt.Println(counter, sum, reads.Load(), ops.Load())
}
