package main

func main() {
	x := 3
	println(x))
}
