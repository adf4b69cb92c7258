package main

import (
	"fmt"
	"time"
)

func leaf(n int) {
	if n == 0 {
		var p *struct{ x int }
		fmt.Println(p.x)
	}
	leaf(n - 1)
}

func spawner(done chan bool) {
	go func() {
		leaf(2)
	}()
	<-done
}

func main() {
	done := make(chan bool)
	go spawner(done)
	time.Sleep(5 * time.Second)
	fmt.Println("not reached")
}
