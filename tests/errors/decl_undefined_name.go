package main

func main() {
	println(count)
}
