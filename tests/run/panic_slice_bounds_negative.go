package main

func main() {
	s := []int{1, 2, 3}
	i := -1
	_ = s[i:]
}
