package main

// Taking the address of something reached through a pointer (&p.f, p.arr[:], a pointer
// method on a field, &s[i]) does not move the pointer variable to the heap: none of these
// functions allocates, which MemStats.Mallocs shows.

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

type T struct {
	f   int
	arr [4]int
	c   counter
	mu  sync.Mutex
}

var sink int

func fieldAddr(p *T) {
	q := &p.f
	*q += 1
}

func arraySlice(p *T) {
	s := p.arr[:]
	s[0]++
}

func fieldMethod(p *T) {
	p.c.inc()
	p.mu.Lock()
	p.mu.Unlock()
}

func elemAddr(s []int) {
	q := &s[1]
	*q += 2
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	fmt.Printf("%s: %d allocations in 1000 calls\n", name, b.Mallocs-a.Mallocs)
}

func main() {
	t := &T{}
	s := make([]int, 4)
	measure("&p.f", func() { fieldAddr(t) })
	measure("p.arr[:]", func() { arraySlice(t) })
	measure("p.c.inc(), p.mu.Lock()", func() { fieldMethod(t) })
	measure("&s[i]", func() { elemAddr(s) })
	fmt.Println(t.f, t.arr[0], t.c.n, s[1])
}
