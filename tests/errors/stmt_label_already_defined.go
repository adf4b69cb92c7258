package main

func main() {
again:
	println("a")
again:
	println("b")
	goto again
}
