package main

type Shape interface{ Area() float64 }

type Label struct{}

func main() {
	var s Shape
	l := s.(Label)
	println(l)
}
