package main

func main() {
	p := &42
	println(p)
}
