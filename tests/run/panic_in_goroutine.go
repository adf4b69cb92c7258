package main

import "fmt"

func worker(ch chan int) {
	defer fmt.Println("worker defer runs")
	var m map[string]int
	m["x"] = <-ch
}

func main() {
	defer fmt.Println("main defer does not run")
	ch := make(chan int)
	done := make(chan bool)
	go worker(ch)
	ch <- 1
	<-done
}
