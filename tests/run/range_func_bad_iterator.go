package main

import "fmt"

func Bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range Bad {
		fmt.Println(x)
		break
	}
}
