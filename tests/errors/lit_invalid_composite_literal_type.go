package main

func main() {
	n := int{1}
	println(n)
}
