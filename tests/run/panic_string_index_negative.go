package main

import (
	"fmt"
)

func main() {
	s := "abc"
	i := len(s) - 4
	fmt.Println(s[i])
}
