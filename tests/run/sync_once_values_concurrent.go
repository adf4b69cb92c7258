package main

import (
	"fmt"
	"sync"
)

type config struct {
	name string
	port int
}

var (
	cfg     *config
	cfgOnce sync.Once
	loads   int
)

func getConfig() *config {
	cfgOnce.Do(func() {
		loads++
		cfg = &config{"server", 8080}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*config, 20)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = getConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("loads", loads, "same pointer", same, *ptrs[0])
	// Do blocks other callers until the first returns.
	var o sync.Once
	started := make(chan bool)
	finish := make(chan bool)
	order := make(chan string, 2)
	go o.Do(func() {
		started <- true
		<-finish
		order <- "first Do finished"
	})
	<-started
	go func() {
		o.Do(func() {})
		order <- "second Do returned"
	}()
	finish <- true
	fmt.Println(<-order)
	fmt.Println(<-order)
}
