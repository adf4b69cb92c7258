package main

func main() {
	const x int8 = 100
	y := x * 2
	println(y)
}
