package main

import "fmt"

func Swallow(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func main() {
	for x := range Swallow {
		fmt.Println("got", x)
		panic("body panics")
	}
	fmt.Println("not reached")
}
