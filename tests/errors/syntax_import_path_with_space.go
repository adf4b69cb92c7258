package main

import (
	"fmt"
	"my package"
)

func main() {
	fmt.Println("hi")
}
