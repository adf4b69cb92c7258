package main

import "strconv"

func main() {
	n := strconv.Atoi("12") + 1
	println(n)
}
