package main

func main() {
	msg := "hello
	var unused int
	println(msg)
}
