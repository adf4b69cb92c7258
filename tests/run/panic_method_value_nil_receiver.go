package main

import (
	"fmt"
)

type T struct{ v int }

func (t *T) Get() int { return t.v }

func main() {
	var t *T
	f := t.Get
	fmt.Println("got method value")
	fmt.Println(f())
}
