package main

func main() {
	s := "hello"
	s[0] = 'H'
	println(s)
}
