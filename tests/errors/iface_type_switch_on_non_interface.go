package main

func main() {
	x := 3
	switch x.(type) {
	case int:
		println("int")
	}
}
