package main

import (
	"fmt"
)

func level1() { level2(1) }

func level2(n int) { level3(n, "s") }

func level3(n int, s string) {
	var arr []int
	fmt.Println(s, arr[n])
}

func main() {
	level1()
}
