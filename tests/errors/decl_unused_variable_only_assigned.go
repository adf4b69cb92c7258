package main

func main() {
	count := 0
	count = 5
}
