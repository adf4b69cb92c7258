package main

func main() {
	dst := make([]int, 2)
	src := []string{"a", "b"}
	copy(dst, src)
}
