package main

func main() {
	var i int = 2
	var f float64 = 1.5
	println(i * f)
}
