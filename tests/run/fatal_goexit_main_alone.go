package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
	fmt.Println("not reached")
}
