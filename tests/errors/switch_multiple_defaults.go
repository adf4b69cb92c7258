package main

func main() {
	x := 1
	switch x {
	default:
		println("a")
	case 1:
		println("one")
	default:
		println("b")
	}
}
