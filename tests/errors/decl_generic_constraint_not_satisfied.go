package main

type Number interface {
	~int | ~float64
}

func double[T Number](x T) T { return x * 2 }

func main() {
	println(double("ab"))
}
