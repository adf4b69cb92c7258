package main

func main() {
	s := "first line
second line"
	println(s)
}
