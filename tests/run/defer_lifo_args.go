package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3
	nested()
	fmt.Println("main body done")
}
