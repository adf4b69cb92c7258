package main

func main() {
	var x := 5
	println(x)
}
