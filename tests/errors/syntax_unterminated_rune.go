package main

func main() {
	r := 'a
	println(r)
}
