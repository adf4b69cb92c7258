package main

func main() {
	f := func(x int) int
	println(f(2))
}
