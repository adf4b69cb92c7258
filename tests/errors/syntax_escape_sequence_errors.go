package main

func main() {
	s := "a\qb"
	r := '\400'
	u := "\uD800"
	v := '\xZZ'
}
