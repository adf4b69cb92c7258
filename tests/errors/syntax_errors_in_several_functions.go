package main

func one() {
	x := 1 +
}

func two() int {
	return 2 3
}

func three() {
	if {
	}
}

func main() {
	one()
	two()
	three()
}
