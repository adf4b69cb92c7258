package main

type T struct{ a int }

func main() {
	x := T{}
	if x == T{} {
		println("zero")
	}
}
