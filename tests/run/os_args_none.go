package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]))
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: prog NAME")
		os.Exit(2)
	}
}
