package main

func main() {
	var a [4]string
	idx := 4
	a[idx] = "x"
}
