package main

// Goroutines on every P allocate linked lists, maps and strings while the collector
// marks and sweeps around them; each checks its own data after every round. Prints the
// same totals in every run; any object freed or reused while reachable shows up as a
// wrong checksum.

import (
	"fmt"
	"strconv"
	"sync"
)

type node struct {
	next *node
	val  int
	name string
}

func build(seed, n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h, val: seed*n + i, name: strconv.Itoa(i)}
	}
	return h
}

func sum(h *node) (int, int) {
	s, l := 0, 0
	for ; h != nil; h = h.next {
		s += h.val
		l += len(h.name)
	}
	return s, l
}

func worker(id int, rounds int, bad *int, mu *sync.Mutex) {
	keep := make([]*node, 0, 8)
	m := make(map[string][]int)
	for r := 0; r < rounds; r++ {
		l := build(id*1000+r, 500)
		keep = append(keep, l)
		if len(keep) > 8 {
			keep = keep[1:]
		}
		key := "k" + strconv.Itoa(r%50)
		m[key] = append(m[key], r)
		for i, k := range keep {
			want := 0
			seed := id*1000 + r - (len(keep) - 1 - i)
			for j := 0; j < 500; j++ {
				want += seed*500 + j
			}
			if s, _ := sum(k); s != want {
				mu.Lock()
				*bad++
				mu.Unlock()
			}
		}
	}
	total := 0
	for _, v := range m {
		total += len(v)
	}
	if total != rounds {
		mu.Lock()
		*bad++
		mu.Unlock()
	}
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(id, 400, &bad, &mu)
		}(id)
	}
	wg.Wait()
	fmt.Println("workers: 4, rounds: 400, bad checks:", bad)
}
