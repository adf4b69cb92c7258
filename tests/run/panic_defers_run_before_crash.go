package main

import (
	"fmt"
)

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2")
	}()
	fmt.Println("start")
	panic("crash")
}
