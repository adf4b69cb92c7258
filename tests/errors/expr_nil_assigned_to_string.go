package main

func main() {
	var s string = nil
	println(s)
}
