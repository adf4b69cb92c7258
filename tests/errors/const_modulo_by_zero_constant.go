package main

const zero = 0

func main() {
	println(7 % zero)
}
