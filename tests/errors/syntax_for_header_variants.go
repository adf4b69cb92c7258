package main

func main() {
	for i := 0; i < 3; i := i + 1 {
	}
	for ; ; {
	}
	for x; {
	}
	for var i = 0; i < 1; i++ {
	}
}
