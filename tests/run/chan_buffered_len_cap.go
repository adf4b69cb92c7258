package main

import "fmt"

func main() {
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	u := make(chan string)
	fmt.Println(len(u), cap(u))
	c := make(chan int, 4)
	fmt.Println(len(c), cap(c))
	for i := 1; i <= 4; i++ {
		c <- i * 10
		fmt.Println("after send", len(c), cap(c))
	}
	select {
	case c <- 50:
		fmt.Println("sent to full channel?")
	default:
		fmt.Println("full")
	}
	fmt.Println(<-c, len(c))
	c <- 50
	close(c)
	fmt.Println("closed", len(c), cap(c))
	for v := range c {
		fmt.Println(v, len(c))
	}
	v, ok := <-c
	fmt.Println(v, ok, len(c), cap(c))
	z := make(chan bool, 0)
	fmt.Println(cap(z))
	var n int64 = 3
	b := make(chan [2]int, n)
	b <- [2]int{1, 2}
	fmt.Println(len(b), cap(b), <-b)
}
