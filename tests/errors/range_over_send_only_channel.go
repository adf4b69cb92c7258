package main

func fill(c chan<- int) {
	for v := range c {
		println(v)
	}
}

func main() {
}
