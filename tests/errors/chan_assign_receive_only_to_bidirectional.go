package main

func main() {
	var r <-chan int = make(chan int)
	var c chan int = r
	println(c)
}
