package main

func work() {}

func main() {
	go (work())
	var x int
}
