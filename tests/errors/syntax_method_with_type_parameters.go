package main

type Box struct{ v int }

func (b Box) Map[T any](f func(int) T) T {
	return f(b.v)
}

func main() {
}
