package main

func main() {
	x := 08
	println(x)
}
