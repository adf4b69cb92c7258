package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan int)
	step := make(chan bool)
	go func() {
		<-step
		a <- "from a"
		<-step
		b <- 2
		<-step
		close(a)
	}()
	for i := 0; i < 3; i++ {
		step <- true
		select {
		case s, ok := <-a:
			fmt.Println("a:", s, ok)
		case n := <-b:
			fmt.Println("b:", n)
		}
	}
	// A select that blocks until a send case can proceed.
	out := make(chan int)
	got := make(chan int)
	go func() { got <- <-out * 100 }()
	select {
	case out <- 7:
		fmt.Println("sent 7")
	}
	fmt.Println(<-got)
	// Selecting over the same channel twice.
	c := make(chan int, 1)
	c <- 1
	select {
	case v := <-c:
		fmt.Println("one of the cases", v)
	case v := <-c:
		fmt.Println("one of the cases", v)
	}
	fmt.Println(len(c))
}
