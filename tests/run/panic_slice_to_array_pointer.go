package main

import (
	"fmt"
)

func main() {
	s := []int{1, 2, 3}
	p := (*[5]int)(s)
	fmt.Println(p)
}
