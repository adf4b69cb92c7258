package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// Many goroutines contend for one lock while holding it for a while, which sends
	// the mutex into starvation mode; every goroutine still gets it.
	var mu sync.Mutex
	var wg sync.WaitGroup
	got := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				mu.Lock()
				got[i]++
				time.Sleep(200 * time.Microsecond)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(got)
	// The protected sequence is never interleaved.
	var log []string
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			log = append(log, "begin")
			for k := 0; k < 100; k++ {
				_ = k * k
			}
			log = append(log, "end")
		}()
	}
	wg.Wait()
	okSeq := len(log) == 8
	for i := 0; i+1 < len(log); i += 2 {
		if log[i] != "begin" || log[i+1] != "end" {
			okSeq = false
		}
	}
	fmt.Println("never interleaved:", okSeq)
}
