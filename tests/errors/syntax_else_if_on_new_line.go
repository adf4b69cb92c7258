package main

func main() {
	x := 5
	if x > 10 {
		println("big")
	}
	else if x > 3 {
		println("medium")
	}
}
