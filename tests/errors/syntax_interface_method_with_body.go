package main

type Shape interface {
	Area() float64 {
		return 0
	}
}

func main() {
}
