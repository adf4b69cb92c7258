package main

func main() {
	s := []int{0: 1, 1: 2, 0: 3}
	println(len(s))
}
