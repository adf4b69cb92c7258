package main

import (
	"fmt"
)

func main() {
	s := []string{"a", "b"}
	for i := 0; i <= len(s); i++ {
		fmt.Println(s[i])
	}
}
