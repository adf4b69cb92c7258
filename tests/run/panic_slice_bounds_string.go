package main

import (
	"fmt"
)

func main() {
	s := "abc"
	j := 10
	fmt.Println(s[:j])
}
