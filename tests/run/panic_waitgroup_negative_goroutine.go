package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan bool)
	go func() {
		wg.Done()
		fmt.Println("first Done")
		wg.Done()
		done <- true
	}()
	<-done
}
