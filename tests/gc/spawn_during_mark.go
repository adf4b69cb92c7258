// Goroutines started while the collector marks (GOGC=1: it almost always is) are handed
// the only references to fresh lists, by argument and by capture, and check them later:
// they are born black, so what they are given must have been shaded when they started.
package main

import (
	"fmt"
	"sync"
)

type node struct {
	next *node
	v    int
}

func mk(n, base int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{h, base + i}
	}
	return h
}

func check(h *node, n, base int) bool {
	for i := n - 1; i >= 0; i-- {
		if h == nil || h.v != base+i {
			return false
		}
		h = h.next
	}
	return h == nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	keep := make([]*node, 0)
	for r := 0; r < 3000; r++ {
		keep = append(keep, mk(50, r))
		if len(keep) > 20 {
			keep = keep[1:]
		}
		a := mk(30, r*7)
		b := mk(20, r*11)
		wg.Add(1)
		go func(x *node, r int) {
			defer wg.Done()
			junk := mk(10, 0)
			_ = junk
			if !check(x, 30, r*7) || !check(b, 20, r*11) {
				mu.Lock()
				bad++
				mu.Unlock()
			}
		}(a, r)
		a = nil
	}
	wg.Wait()
	fmt.Println("bad:", bad)
}
