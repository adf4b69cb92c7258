package main

import "fmt"

func main() {
	x := 0
	while x < 10 {
		x++
	}
	fmt.Println(x)
}
