package main

func main() {
	a, b := 7.0, 2.0
	println(a % b)
}
