package main

func main() {
	s := make([]int, 3, 5)
	k := 10
	j := 4
	_ = s[:j:k]
}
