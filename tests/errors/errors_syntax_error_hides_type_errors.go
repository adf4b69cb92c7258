package main

import "os"

func helper() int {
	return "wrong type"
}

func main() {
	x := 1
	println(undefinedName)
	if x == 1 {
		println("one"
	}
}
