package main

import "fmt"

func gen(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprint(prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a := gen("a", 3)
	b := gen("b", 5)
	na, nb, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed++
				a = nil
				continue
			}
			_ = v
			na++
		case v, ok := <-b:
			if !ok {
				closed++
				b = nil
				continue
			}
			_ = v
			nb++
		}
	}
	fmt.Println(na, nb, closed)
	// Every case on a nil channel, with a default.
	var x chan int
	var y chan string
	select {
	case <-x:
		fmt.Println("x")
	case y <- "y":
		fmt.Println("y")
	default:
		fmt.Println("all nil: default")
	}
	// A nil case next to a ready one always picks the ready one.
	ready := make(chan int, 100)
	for i := 0; i < 100; i++ {
		ready <- i
	}
	got := 0
	for i := 0; i < 100; i++ {
		select {
		case <-x:
			fmt.Println("impossible")
		case <-ready:
			got++
		case y <- "never":
			fmt.Println("impossible")
		}
	}
	fmt.Println("ready picked", got)
}
