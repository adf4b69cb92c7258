package main

var (
	a = 1
	b 2
	c int = 3
)

const (
	x = iota
	y :=
)

func main() {}
