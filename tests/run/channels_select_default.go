package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("none")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel blocks")
	}
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
}
