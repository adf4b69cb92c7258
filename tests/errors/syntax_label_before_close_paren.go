package main

func main() {
	f(
	L: )
}

func f() {}
