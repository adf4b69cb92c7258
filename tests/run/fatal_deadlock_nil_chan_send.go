package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("sending to nil")
	c <- 1
}
