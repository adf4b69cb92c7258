package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Println("odd", i)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
sel:
	for {
		select {
		case v := <-ch:
			if v == 2 {
				break sel
			}
			fmt.Println("got", v)
		}
	}
	fmt.Println("left", len(ch))
}
