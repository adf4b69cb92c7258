package main

func take(u uint8) {}

func main() {
	take(-1)
}
