package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	go func() {
		mu.Lock() // waits for the reader, and blocks new readers
		fmt.Println("writer")
		mu.Unlock()
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("taking a second read lock")
	mu.RLock() // waits for the writer: deadlock
}
