package main

import "strings"

func main() {
	var b strings.Builder
	println(len(b.buf))
}
