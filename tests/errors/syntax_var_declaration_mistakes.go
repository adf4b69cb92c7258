package main

func main() {
	var x, y int = 1
	var = 5
	var 5 int
}
