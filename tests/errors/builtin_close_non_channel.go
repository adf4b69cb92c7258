package main

func main() {
	s := []int{}
	close(s)
}
