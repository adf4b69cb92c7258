package main

func main() {
	p := make(int)
	println(p)
}
