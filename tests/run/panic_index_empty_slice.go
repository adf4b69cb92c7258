package main

import (
	"fmt"
)

func main() {
	var s []int
	fmt.Println(s[0])
}
