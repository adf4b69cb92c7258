package main

func consumer(c chan<- int) {
	v := <-c
	println(v)
}

func main() {
}
