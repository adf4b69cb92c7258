package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover cannot stop a fatal error:", recover())
	}()
	var mu sync.RWMutex
	mu.RLock()
	mu.RUnlock()
	fmt.Println("balanced")
	mu.RUnlock()
}
