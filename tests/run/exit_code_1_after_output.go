package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("partial line without newline")
	os.Exit(1)
}
