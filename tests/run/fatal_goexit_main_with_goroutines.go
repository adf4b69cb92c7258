package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("goroutine 1 finishes")
	}()
	go func() {
		time.Sleep(60 * time.Millisecond)
		fmt.Println("goroutine 2 finishes")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
