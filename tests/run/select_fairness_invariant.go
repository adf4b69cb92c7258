package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("total", counts[0]+counts[1])
	fmt.Println("both chosen", counts[0] > 100, counts[1] > 100)
	// Send cases are chosen at random too.
	c := make(chan int, 1)
	seen := map[int]bool{}
	for i := 0; i < 200; i++ {
		select {
		case c <- 1:
		case c <- 2:
		case c <- 3:
		}
		seen[<-c] = true
	}
	fmt.Println(len(seen))
}
