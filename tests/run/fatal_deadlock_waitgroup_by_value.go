package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg sync.WaitGroup) { // a copy: Done does not reach main's WaitGroup
	defer wg.Done()
	time.Sleep(time.Duration(id) * 10 * time.Millisecond)
	fmt.Println("worker", id, "done")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg)
	}
	wg.Wait()
}
