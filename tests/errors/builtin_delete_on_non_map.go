package main

func main() {
	s := []int{1, 2}
	delete(s, 0)
}
