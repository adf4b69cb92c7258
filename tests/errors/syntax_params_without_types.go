package main

func add(a, b) int {
	return a + b
}

func main() {
	println(add(1, 2))
}
