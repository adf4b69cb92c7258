package main

func main() {
	s := "tab\q"
	println(s)
}
