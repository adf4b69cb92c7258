package main

import (
	"fmt"
)

func main() {
	var a, b interface{} = []int{1}, []int{1}
	fmt.Println(a == b)
}
