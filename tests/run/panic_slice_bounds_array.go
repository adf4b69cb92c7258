package main

func main() {
	var a [3]int
	j := 10
	_ = a[:j]
}
