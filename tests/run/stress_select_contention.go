// Goroutines select over shared channels under contention: every value sent is
// received exactly once, whichever case wins.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int, 3)
	quit := make(chan struct{})
	var senders sync.WaitGroup
	for s := 0; s < 20; s++ {
		senders.Add(1)
		go func(s int) {
			defer senders.Done()
			for k := 0; k < 250; k++ {
				v := s*1000 + k
				select {
				case a <- v:
				case b <- v:
				}
			}
		}(s)
	}
	var mu sync.Mutex
	seen := make(map[int]int)
	var receivers sync.WaitGroup
	for r := 0; r < 8; r++ {
		receivers.Add(1)
		go func() {
			defer receivers.Done()
			for {
				var v int
				select {
				case v = <-a:
				case v = <-b:
				case <-quit:
					// Drain what is left in b, then stop.
					for {
						select {
						case v := <-b:
							mu.Lock()
							seen[v]++
							mu.Unlock()
						default:
							return
						}
					}
				}
				mu.Lock()
				seen[v]++
				mu.Unlock()
			}
		}()
	}
	senders.Wait()
	close(quit)
	receivers.Wait()
	dups := 0
	keys := make([]int, 0, len(seen))
	for k, c := range seen {
		if c != 1 {
			dups++
		}
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(seen), dups, keys[0], keys[len(keys)-1])
}
