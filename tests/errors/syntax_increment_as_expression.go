package main

func main() {
	i := 0
	j := i++
	println(i, j)
}
