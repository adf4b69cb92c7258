package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("a"
	os.Exit(1)
}
