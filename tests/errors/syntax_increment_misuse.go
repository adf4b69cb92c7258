package main

func main() {
	x := 1
	x++ ++
	x-- = 2
	++x
}
