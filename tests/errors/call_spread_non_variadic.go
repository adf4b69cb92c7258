package main

func two(a, b int) {}

func main() {
	s := []int{1, 2}
	two(s...)
}
