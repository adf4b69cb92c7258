package main

func main() {
	x := 5
	println(*x)
}
