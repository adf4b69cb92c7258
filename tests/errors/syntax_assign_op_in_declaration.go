package main

func main() {
	x += := 1
	y, z += 1, 2
}
