package main

func main() {
	s := make([]int, 2, 2)
	i := 3
	_ = s[i:]
}
