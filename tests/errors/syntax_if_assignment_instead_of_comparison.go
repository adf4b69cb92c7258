package main

func main() {
	x := 1
	if x := 2; x = 3 {
		println(x)
	}
}
