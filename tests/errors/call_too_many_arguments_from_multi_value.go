package main

func pair() (int, int) { return 1, 2 }

func one(x int) {}

func main() {
	one(pair())
}
