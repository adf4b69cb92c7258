package main

import "fmt"

var saved func(int) bool

func Keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	for x := range Keep {
		fmt.Println("got", x)
	}
	fmt.Println("loop over")
	saved(2)
}
