package main

func main() {
	var type int = 3
	println(type)
}
