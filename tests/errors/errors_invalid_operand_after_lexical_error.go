package main

func main() {
	r := 'ab'
	r
	(r)
	r + 1
	x := undefinedThing
	x
	var s string = 1
	s
}
