package main

func main() {
	a, b := "ab", "b"
	println(a - b)
}
