package main

func main() {
	n := int("42")
	println(n)
}
