package main

type T struct {
	Size int
}

func (t T) Size() int { return t.Size }

func main() {
}
