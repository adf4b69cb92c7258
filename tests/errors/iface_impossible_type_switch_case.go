package main

type Shape interface{ Area() float64 }

type Label struct{}

func main() {
	var s Shape
	switch s.(type) {
	case Label:
		println("label")
	}
}
