package main

func main() {
	x := [}; y := [}
	println(x, y)
}
