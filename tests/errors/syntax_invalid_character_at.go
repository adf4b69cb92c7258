package main

func main() {
	x := 2
	y := x @ 3
	println(y)
}
