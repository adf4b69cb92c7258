package main

import "strings"

func main() {
	b := strings.Builder{buf: nil}
	println(b.Len())
}
