package main

func main() {
	n := 3
	s := "x"
	println(n + s)
}
