package main

func main() {
	a := map[string]int{}
	b := map[string]int{}
	println(a == b)
}
