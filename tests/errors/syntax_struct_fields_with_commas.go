package main

type Point struct {
	X int,
	Y int,
}

func main() {
	p := Point{1, 2}
	println(p.X)
}
