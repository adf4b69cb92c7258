package main

var a, b, c = 1, 2

func main() {
	println(a, b, c)
}
