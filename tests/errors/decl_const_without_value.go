package main

const limit int

func main() {
	println(limit)
}
