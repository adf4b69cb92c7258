package main

func main() {
	n := 1
	s := 1.5
	println(n << s)
}
