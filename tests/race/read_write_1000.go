// Seed S2-E1 (with its unused import removed): one goroutine writes keys 0..999, another
// reads them, no lock. Real Go 1.23 on 2 CPUs dies with `fatal error: concurrent map read
// and map write` in about 1% of runs.
package main

import "sync"

func main() {
	m := make(map[int]int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			m[i] = i
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			_ = m[i]
		}
	}()
	wg.Wait()
}
