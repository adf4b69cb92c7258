package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(id int, in <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		for n := range in {
			out <- [2]int{id, n * n}
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan [2]int) <-chan [2]int {
	var wg sync.WaitGroup
	out := make(chan [2]int)
	output := func(c <-chan [2]int) {
		for v := range c {
			out <- v
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := gen(30)
	workers := make([]<-chan [2]int, 5)
	for i := range workers {
		workers[i] = sq(i, in)
	}
	var squares []int
	by := map[int]int{}
	for v := range merge(workers...) {
		squares = append(squares, v[1])
		by[v[0]]++
	}
	sort.Ints(squares)
	fmt.Println(squares)
	n := 0
	for _, c := range by {
		n += c
	}
	fmt.Println("results", n, "workers <= 5:", len(by) <= 5)
}
