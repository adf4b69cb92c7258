package main

func main() {
	x := 1
	/* this comment never ends
	println(x)
}
