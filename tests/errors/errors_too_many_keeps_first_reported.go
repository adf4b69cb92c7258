package main

import "os"

func main() {
	println(c0)
	println(c1)
	println(c2)
	println(c3)
	println(c4)
	println(c5)
	println(c6)
	println(c7)
	println(c8)
	println(c9)
}

var late int = "package-level errors are reported before function bodies"
