package main

func main() {
	println(b0)
	println(b1)
	println(b2)
	println(b3)
	println(b4)
	println(b5)
	println(b6)
	println(b7)
	println(b8)
	println(b9)
}
