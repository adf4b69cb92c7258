package main

func sum[T any](a, b T) T {
	return a + b
}

func main() {
	println(sum(1, 2))
}
