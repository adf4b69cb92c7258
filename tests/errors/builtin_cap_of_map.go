package main

func main() {
	m := map[string]int{}
	println(cap(m))
}
