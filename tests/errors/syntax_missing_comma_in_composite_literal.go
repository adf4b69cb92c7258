package main

func main() {
	s := []int{
		1,
		2
	}
	println(len(s))
}
