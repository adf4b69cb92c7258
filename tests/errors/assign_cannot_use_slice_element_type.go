package main

func main() {
	ints := []int{1, 2}
	var fs []float64 = ints
	println(len(fs))
}
