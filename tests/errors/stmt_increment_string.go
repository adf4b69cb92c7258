package main

func main() {
	s := "a"
	s++
	println(s)
}
