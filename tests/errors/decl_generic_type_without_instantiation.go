package main

type Stack[T any] struct {
	items []T
}

func main() {
	var s Stack
	println(len(s.items))
}
