package main

import "os"

func first() {
	unused := 1
	println(undefinedName)
}

func second() int {
	return "not an int"
}

var global int = "not an int either"

type T struct{}

func (T) M() {}

func (T) M() {}

func main() {
}
