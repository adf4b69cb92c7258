package main

func main() {
	a := 1
	b := undefined1
	var c int = "x"
	d := 2
	println(d + "y")
}
