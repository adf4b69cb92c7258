package main

func main() {
	s := make([]int, 3, 5)
	j := 10
	_ = s[:j]
}
