// 100,000 goroutines alive at once, each blocked on a channel until released: a blocked
// goroutine costs no thread.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 100000
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	var total atomic.Int64
	for i := 0; i < n; i++ {
		started.Add(1)
		finished.Add(1)
		go func(i int) {
			started.Done()
			<-release
			total.Add(int64(i))
			finished.Done()
		}(i)
	}
	started.Wait()
	fmt.Println(runtime.NumGoroutine() >= n)
	close(release)
	finished.Wait()
	fmt.Println(total.Load())
}
