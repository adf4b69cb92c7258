package main

import (
	"fmt"
	"sort"
	"sync"
)

type item struct {
	producer int
	seq      int
}

func main() {
	buf := make(chan item, 3)
	var prod sync.WaitGroup
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func() {
			defer prod.Done()
			for s := 0; s < 25; s++ {
				buf <- item{p, s}
			}
		}()
	}
	go func() {
		prod.Wait()
		close(buf)
	}()
	var mu sync.Mutex
	seen := map[int][]int{}
	var cons sync.WaitGroup
	counts := make([]int, 3)
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for it := range buf {
				mu.Lock()
				seen[it.producer] = append(seen[it.producer], it.seq)
				mu.Unlock()
				counts[c]++
			}
		}()
	}
	cons.Wait()
	total := 0
	for _, n := range counts {
		total += n
	}
	var keys []int
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		s := seen[k]
		sort.Ints(s)
		complete := len(s) == 25
		for i, v := range s {
			if v != i {
				complete = false
			}
		}
		fmt.Println("producer", k, "items", len(s), "all distinct and complete:", complete)
	}
	fmt.Println("consumed", total, "buffer capacity", cap(buf))
}
