package main

func main() {
	b := []byte("abc")
	s := []string(b)
	println(len(s))
}
