package main

func main() {
	p := new(1)
	println(p)
}
