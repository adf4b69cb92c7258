package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting")
	os.Exit(3)
}
