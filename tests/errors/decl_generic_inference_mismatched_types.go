package main

func same[T any](a, b T) bool { return true }

func main() {
	var n int = 1
	var s string = "a"
	println(same(n, s))
}
