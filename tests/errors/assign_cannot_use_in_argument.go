package main

func greet(name string) {
	println("hello", name)
}

func main() {
	n := 7
	greet(n)
}
