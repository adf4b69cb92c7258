package main

func main() {
	n := 10
	println(n / 0)
}
