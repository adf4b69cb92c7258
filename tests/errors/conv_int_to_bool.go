package main

func main() {
	println(bool(1))
}
