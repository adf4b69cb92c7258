package main

func main() {
	x := 10
	x()
}
