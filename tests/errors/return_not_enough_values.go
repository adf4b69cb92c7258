package main

func pair() (int, string) {
	return 1
}

func main() {
	pair()
}
