package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
		println("after")
	case 2:
		println("two")
	}
}
