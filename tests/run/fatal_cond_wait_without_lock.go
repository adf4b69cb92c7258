package main

import (
	"fmt"
	"sync"
)

func main() {
	c := sync.NewCond(&sync.Mutex{})
	fmt.Println("Wait without holding the lock")
	c.Wait()
}
