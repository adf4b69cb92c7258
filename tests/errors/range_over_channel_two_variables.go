package main

func main() {
	c := make(chan int)
	for v, ok := range c {
		println(v, ok)
	}
}
