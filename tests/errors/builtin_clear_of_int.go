package main

func main() {
	n := 3
	clear(n)
}
