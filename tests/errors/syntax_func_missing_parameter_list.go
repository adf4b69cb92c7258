package main

func hello {
	println("hello")
}

func main() {
	hello()
}
