package main

func main() {
	a := 1
	if true {
		b := 2
		for i := 0; i < 3; i++ {
			c := i
		}
	}
	var d, e int
	e = 5
}
