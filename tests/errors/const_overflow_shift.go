package main

func main() {
	const big = 1 << 100
	var n int = big
	println(n)
}
