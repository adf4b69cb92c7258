// 100,000 parked goroutines while the program allocates 2 million small objects: the
// collector's stop-the-world pauses with many stacks (GODEBUG=gctrace=1 shows them; the
// figures are in issue 5's notes).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct{ next *node; v [4]int }

func main() {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
		}()
	}
	var head *node
	for i := 0; i < 2000000; i++ {
		n := &node{next: nil}
		n.v[0] = i
		if i%100 == 0 {
			n.next = head
			head = n
		}
	}
	close(start)
	wg.Wait()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	c := 0
	for p := head; p != nil; p = p.next {
		c++
	}
	fmt.Println(c, ms.NumGC > 0)
}
