package main

import (
	"fmt"
)

type T struct{ v int }

func (t T) Get() int { return t.v }

func main() {
	var t *T
	fmt.Println(t.Get())
}
