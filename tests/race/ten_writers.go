// Seed S1-E2: 10 goroutines each store one key in a shared map with no lock. Real Go 1.23
// on 2 CPUs prints `len(m) = 10` in most runs and dies with `fatal error: concurrent map
// writes` in about 7% of them (once in 1000 runs a write was silently lost).
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[string]*int)
	var wg sync.WaitGroup
	for v := 0; v < 10; v++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			p := new(int)
			*p = v
			m[fmt.Sprintf("key%d", v)] = p
		}(v)
	}
	wg.Wait()
	fmt.Printf("len(m) = %d\n", len(m))
}
