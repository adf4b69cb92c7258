package main

type T struct {
	id   int
	name string
	id   string
}

func main() {
	println(T{}.name)
}
