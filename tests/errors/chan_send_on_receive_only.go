package main

func producer(c <-chan int) {
	c <- 1
}

func main() {
}
