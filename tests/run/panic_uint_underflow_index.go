package main

import (
	"fmt"
)

func main() {
	s := []int{1}
	var i uint = 0
	i--
	fmt.Println(s[i])
}
