// Seed S0-E16: two goroutines each write keys 0..1e5-1 to one package-level map with no
// lock. Real Go 1.23 dies with `fatal error: concurrent map writes` in every run on 2 CPUs.
package main

import (
	"fmt"
	"sync"
)

var m = make(map[int]int)

func unsafeWrite() {
	for i := 0; i < 1e5; i++ {
		m[i] = i
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); unsafeWrite() }()
	go func() { defer wg.Done(); unsafeWrite() }()
	wg.Wait()
	fmt.Println("len(m) =", len(m))
}
