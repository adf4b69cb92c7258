package main

type Shape interface{ Area() float64 }

func (s Shape) Describe() string { return "shape" }

func main() {
}
