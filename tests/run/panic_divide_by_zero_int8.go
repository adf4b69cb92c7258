package main

import (
	"fmt"
)

func main() {
	var a, b int8 = -128, 0
	fmt.Println(a / b)
}
