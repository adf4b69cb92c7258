package main

func f(a int, string) {
	println(a)
}

func main() {
	f(1, "x")
}
