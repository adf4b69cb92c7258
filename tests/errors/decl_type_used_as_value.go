package main

type Celsius float64

func main() {
	x := Celsius
	println(x)
}
