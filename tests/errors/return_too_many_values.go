package main

func done() {
	return 1
}

func main() {
	done()
}
