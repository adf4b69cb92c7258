package main

func main() {
	a, b := true, false
	println(a < b)
}
