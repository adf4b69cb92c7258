package main

func main() {
	n := 3
	var y n
	println(y)
}
