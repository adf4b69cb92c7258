package main

func main() {
	total := 0
	total += "5"
	println(total)
}
