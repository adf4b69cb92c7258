package main

func main() {
	s := []int{1, 2, 3, 4}
	i, j := 3, 2
	_ = s[i:j]
}
