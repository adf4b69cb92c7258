package main

func main() {
	x := 2
	if 1 < x < 3 {
	}
	y := x *
	println(y)
}
