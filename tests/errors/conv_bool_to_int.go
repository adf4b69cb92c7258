package main

func main() {
	ok := true
	println(int(ok))
}
