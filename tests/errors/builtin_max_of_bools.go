package main

func main() {
	println(max(true, false))
}
