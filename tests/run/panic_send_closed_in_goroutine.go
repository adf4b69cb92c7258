package main

import (
	"fmt"
	"time"
)

func producer(c chan<- int) {
	for i := 0; ; i++ {
		c <- i
	}
}

func main() {
	c := make(chan int, 2)
	go producer(c)
	fmt.Println(<-c)
	close(c)
	time.Sleep(3 * time.Second)
	fmt.Println("not reached")
}
