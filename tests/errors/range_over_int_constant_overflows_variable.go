package main

func main() {
	var b byte
	for b = range 300 {
		println(b)
	}
}
