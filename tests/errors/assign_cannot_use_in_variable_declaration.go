package main

func main() {
	x := 1
	var s string = x
	println(s)
}
