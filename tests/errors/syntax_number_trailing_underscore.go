package main

func main() {
	x := 100_
	println(x)
}
