package main

import (
	"fmt"
)

func main() {
	s := "abc"
	n := len(s)
	fmt.Println(s[n])
}
