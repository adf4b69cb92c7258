package main

func main() {
	r := ''
	println(r)
}
