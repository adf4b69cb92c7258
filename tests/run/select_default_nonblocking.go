package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("send", i, trySend(c, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(c)
		fmt.Println("recv", v, ok)
	}
	u := make(chan int)
	fmt.Println("unbuffered send without receiver:", trySend(u, 1))
	var nc chan int
	fmt.Println("nil send:", trySend(nc, 1))
	_, ok := tryRecv(nc)
	fmt.Println("nil recv:", ok)
	close(c)
	v, ok := tryRecv(c)
	fmt.Println("closed recv:", v, ok)
	// A select with only a default.
	select {
	default:
		fmt.Println("only default")
	}
	// Polling loop.
	work := make(chan string, 3)
	work <- "a"
	work <- "b"
	polls := 0
	for {
		select {
		case w := <-work:
			fmt.Println("work", w)
			continue
		default:
			polls++
		}
		break
	}
	fmt.Println("polls", polls)
}
