package main

type Point struct{ X, Y, Z int }

func main() {
	p := Point{1, 2}
	println(p.X)
}
