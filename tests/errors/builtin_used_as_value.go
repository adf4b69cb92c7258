package main

func main() {
	f := len
	println(f("abc"))
}
