package main

import (
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		panic(fmt.Errorf("wrapped: %v", r))
	}()
	var m map[int]int
	m[1] = 2
}
