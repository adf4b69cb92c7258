package main

func main() {
	println("never closed)
}
