package main

func main() {
	var small int8
	small = 300
	println(small)
}
