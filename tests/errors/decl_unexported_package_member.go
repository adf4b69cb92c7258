package main

import "strings"

func main() {
	n := strings.indexFunc("abc", nil, true)
	println(n)
}
