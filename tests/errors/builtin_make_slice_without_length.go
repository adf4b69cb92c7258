package main

func main() {
	s := make([]int)
	println(len(s))
}
