package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered?", recover())
			done <- true
		}()
		mu.Unlock()
	}()
	<-done
}
