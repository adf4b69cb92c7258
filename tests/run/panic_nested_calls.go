package main

import (
	"fmt"
)

func a(n int) int { return b(n) + 1 }

func b(n int) int { return c(n) * 2 }

func c(n int) int {
	if n > 2 {
		panic(fmt.Sprintf("c got %d", n))
	}
	return n
}

func main() {
	fmt.Println(a(3))
}
