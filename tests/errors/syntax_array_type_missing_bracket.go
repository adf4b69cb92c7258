package main

func main() {
	var a [5 int
	a[0] = 1
}
