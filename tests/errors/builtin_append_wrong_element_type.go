package main

func main() {
	s := []int{}
	s = append(s, "x")
	println(len(s))
}
