package main

func main() {
	x := 1__0
	println(x)
}
