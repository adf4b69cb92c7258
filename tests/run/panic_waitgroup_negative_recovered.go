package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		wg.Add(1)
		wg.Done()
		wg.Wait()
		fmt.Println("still usable")
	}()
	wg.Add(2)
	wg.Add(-3)
}
