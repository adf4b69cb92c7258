package main

func main() {
	s := make([]int, 3, 5)
	j, k := 3, 2
	_ = s[:j:k]
}
