package main

import (
	"fmt"
)

func main() {
	s := "hello"
	i, j := 4, 1
	fmt.Println(s[i:j])
}
