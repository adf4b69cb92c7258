package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	const readers = 6
	var holding sync.WaitGroup
	holding.Add(readers)
	release := make(chan struct{})
	var concurrent, maxConcurrent atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			n := concurrent.Add(1)
			for {
				m := maxConcurrent.Load()
				if n <= m || maxConcurrent.CompareAndSwap(m, n) {
					break
				}
			}
			holding.Done()
			<-release
			concurrent.Add(-1)
			rw.RUnlock()
		}()
	}
	holding.Wait()
	fmt.Println("all readers hold the lock at once:", maxConcurrent.Load())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	writerDone := make(chan bool)
	go func() {
		rw.Lock()
		fmt.Println("writer got the lock; readers left:", concurrent.Load())
		rw.Unlock()
		writerDone <- true
	}()
	close(release)
	<-writerDone
	wg.Wait()
	// Readers and writers on shared data.
	data := map[int]int{}
	var wg2 sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := 0; k < 25; k++ {
				rw.Lock()
				data[w*100+k] = k
				rw.Unlock()
			}
		}()
	}
	reads := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := 0; k < 50; k++ {
				rw.RLock()
				reads[r] += len(data) * 0
				rw.RUnlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println("entries", len(data), reads)
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("RLocker works:", !rw.TryLock())
	rl.Unlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()
}
