package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer never runs")
	defer func() {
		fmt.Println("in defer")
		os.Exit(4)
	}()
	fmt.Println("main body")
}
