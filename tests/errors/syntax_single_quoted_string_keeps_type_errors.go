package main

func main() {
	s := 'hello'
	var n int = "x"
	println(s, n)
}
