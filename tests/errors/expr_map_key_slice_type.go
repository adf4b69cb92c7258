package main

func main() {
	m := map[[]byte]int{}
	println(len(m))
}
