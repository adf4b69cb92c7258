// One goroutine writes to a map while another ranges over it, no lock: Go's iterator
// checks hashWriting at each step (`fatal error: concurrent map iteration and map write`).
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 100000; i++ {
			m[i%100] = i
		}
	}()
	sum := 0
	go func() {
		defer wg.Done()
		for j := 0; j < 1000; j++ {
			for k, v := range m {
				sum += k + v
			}
		}
	}()
	wg.Wait()
	fmt.Println("done", sum > 0)
}
