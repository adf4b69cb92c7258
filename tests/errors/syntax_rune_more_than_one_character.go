package main

func main() {
	r := 'ab'
	println(r)
}
