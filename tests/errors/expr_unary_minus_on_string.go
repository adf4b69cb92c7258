package main

func main() {
	s := "abc"
	println(-s)
}
