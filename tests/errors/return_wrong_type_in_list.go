package main

func pair() (int, string) {
	return "a", 1
}

func main() {
	pair()
}
