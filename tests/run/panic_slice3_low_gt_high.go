package main

func main() {
	s := make([]int, 3, 5)
	i, j := 3, 2
	_ = s[i:j:4]
}
