package main

func main() {
	s := make([]int, 5, 2)
	println(len(s))
}
