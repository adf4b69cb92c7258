package main

func main() {
	n := 09
	var s string = n
	println(missing)
}
