package main

func compute(x int) int

func main() {
	println(compute(1))
}
