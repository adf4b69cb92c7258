package main

func main() {
	switch x := 3 {
	case 3:
		println(x)
	}
}
