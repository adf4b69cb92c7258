package main

func main() {
	println(min())
}
