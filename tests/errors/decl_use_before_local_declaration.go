package main

func main() {
	println(total)
	total := 3
	println(total)
}
