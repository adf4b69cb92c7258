package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		fmt.Fprintln(os.Stderr, "exiting from defer while panicking")
		os.Exit(7)
	}()
	panic("never printed")
}
