package main

func finish(c <-chan int) {
	close(c)
}

func main() {
}
