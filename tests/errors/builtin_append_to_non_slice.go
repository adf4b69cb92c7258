package main

func main() {
	n := 0
	n = append(n, 1)
	println(n)
}
