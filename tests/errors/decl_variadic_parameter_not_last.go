package main

func sum(nums ...int, scale int) int {
	return scale
}

func main() {
	println(sum(1, 2))
}
