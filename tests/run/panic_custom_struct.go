package main

type S struct{ a, b int }

func main() {
	panic(S{1, 2})
}
