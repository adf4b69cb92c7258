package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer: never printed")
		started <- true
		time.Sleep(time.Hour)
	}()
	go func() {
		defer fmt.Println("blocked goroutine defer: never printed")
		select {}
	}()
	<-started
	defer fmt.Println("main's own defer runs")
	fmt.Println("main returns")
}
