package main

type Point struct{ X int }

func main() {
	p := Point{1}
	println(int(p))
}
