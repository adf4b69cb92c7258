package main

func main() {
	f := 2.0
	println(f << 1)
}
