package main

func main() {
	x := 3
	n := x.(int)
	println(n)
}
