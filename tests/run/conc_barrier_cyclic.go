package main

import (
	"fmt"
	"sync"
)

// A reusable barrier built on sync.Cond.
type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	var mu sync.Mutex
	log := make([][]int, phases)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				mu.Lock()
				log[p] = append(log[p], w)
				mu.Unlock()
				b.Await()
				// After the barrier every worker has logged phase p.
				mu.Lock()
				if len(log[p]) != workers {
					fmt.Println("barrier broken in phase", p)
				}
				mu.Unlock()
				b.Await()
			}
		}()
	}
	wg.Wait()
	for p := range log {
		fmt.Println("phase", p, "workers", len(log[p]))
	}
}
