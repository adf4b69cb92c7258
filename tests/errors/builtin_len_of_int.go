package main

func main() {
	x := 5
	println(len(x))
}
