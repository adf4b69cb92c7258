package main

import "fmt"

func size(n int) int { return n }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		var n int64 = -1
		c := make(chan string, n)
		fmt.Println(c)
	}()
	c := make(chan int, size(-5))
	fmt.Println(cap(c))
}
