package main

func main() {
	s := []int{1, 2, 3}
	for i, v, w := range s {
		println(i, v, w)
	}
}
