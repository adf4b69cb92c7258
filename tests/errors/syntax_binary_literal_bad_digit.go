package main

func main() {
	x := 0b102
	println(x)
}
