package main

func main() {
	s := []int{1, 2, 3}
	t := s[1::3]
	var unused string
	println(len(t))
}
