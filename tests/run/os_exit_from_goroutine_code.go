package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	defer fmt.Println("main defer: not printed")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer fmt.Println("goroutine defer: not printed")
		fmt.Fprintln(os.Stderr, "fatal: giving up")
		os.Exit(3)
	}()
	wg.Wait()
}
