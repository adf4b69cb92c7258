package main

func main() {
	s := "hello"
	println(s[1:2:3])
}
