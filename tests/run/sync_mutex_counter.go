package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := Counter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				c.Inc("total")
				if j%2 == 0 {
					c.Inc("even")
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.Value("even"), c.Value("none"))
	// TryLock.
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	// Lock held across goroutines: unlocked by another goroutine (allowed in Go).
	var m2 sync.Mutex
	m2.Lock()
	done := make(chan bool)
	go func() {
		m2.Unlock()
		done <- true
	}()
	<-done
	m2.Lock()
	fmt.Println("relocked after foreign unlock")
	m2.Unlock()
	// A mutex embedded in a struct, used through a Locker.
	var l sync.Locker = &sync.Mutex{}
	l.Lock()
	l.Unlock()
	fmt.Printf("%T\n", l)
}
