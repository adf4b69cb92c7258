package main

import (
	"fmt"
)

func main() {
	var a, b int64 = 10, 0
	fmt.Println(a % b)
}
