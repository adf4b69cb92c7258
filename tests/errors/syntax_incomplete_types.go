package main

func main() {
	var m map[string
	var n map[]int
	var s []
	var c chan
}
