package main

import "fmt"

func run(xs []int) {
	for i := 0; i <= len(xs); i++ {
		fmt.Println(xs[i])
	}
}
