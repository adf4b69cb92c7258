package main

func main() {
	s := "a" + 'b'
	println(s)
}
