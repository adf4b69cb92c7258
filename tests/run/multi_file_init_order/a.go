package main

import "fmt"

var A = initA()

func initA() int {
	fmt.Println("init A (depends on B):", B)
	return B + 1
}

func init() { fmt.Println("init() in a.go") }

func main() {
	fmt.Println("main", A, B, C)
}
