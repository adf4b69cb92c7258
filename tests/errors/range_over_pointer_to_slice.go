package main

func main() {
	s := []int{1, 2}
	p := &s
	for i := range p {
		println(i)
	}
}
