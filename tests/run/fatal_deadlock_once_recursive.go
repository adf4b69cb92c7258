package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	fmt.Println("setup starts")
	once.Do(setup) // Do calls setup again: the inner Do waits for the outer one forever
}

func main() {
	once.Do(setup)
	fmt.Println("not reached")
}
