package main

func main() {
	s := "b"
	switch s {
	case "a", "b":
		println("ab")
	case "b":
		println("b")
	}
}
