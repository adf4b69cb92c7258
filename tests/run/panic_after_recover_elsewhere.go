package main

import (
	"fmt"
)

func safe() {
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("one")
}

func unsafe() {
	panic("two")
}

func main() {
	safe()
	fmt.Println("safe returned")
	unsafe()
}
