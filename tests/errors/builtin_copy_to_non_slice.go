package main

func main() {
	var dst [2]int
	src := []int{1, 2}
	copy(dst, src)
}
