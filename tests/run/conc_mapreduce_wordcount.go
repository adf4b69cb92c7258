package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func mapper(doc string, out chan<- map[string]int) {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(doc)) {
		w = strings.Trim(w, ".,;!?")
		if w != "" {
			counts[w]++
		}
	}
	out <- counts
}

func reducer(in <-chan map[string]int, done chan<- map[string]int) {
	total := map[string]int{}
	for m := range in {
		for k, v := range m {
			total[k] += v
		}
	}
	done <- total
}

func main() {
	docs := []string{
		"It was the best of times, it was the worst of times.",
		"It was the age of wisdom, it was the age of foolishness;",
		"It was the epoch of belief, it was the epoch of incredulity.",
		"It was the season of Light, it was the season of Darkness!",
	}
	partial := make(chan map[string]int)
	done := make(chan map[string]int)
	go reducer(partial, done)
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mapper(d, partial)
		}()
	}
	wg.Wait()
	close(partial)
	total := <-done
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range total {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:8] {
		fmt.Printf("%-8s %d\n", e.k, e.v)
	}
	fmt.Println("distinct", len(kvs))
}
