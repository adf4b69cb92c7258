package main

import "fmt"

func main() {
	n := 1 << 62
	c := make(chan [1024]byte, n)
	fmt.Println(cap(c))
}
