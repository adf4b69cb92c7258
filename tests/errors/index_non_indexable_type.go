package main

func main() {
	x := 42
	println(x[0])
}
