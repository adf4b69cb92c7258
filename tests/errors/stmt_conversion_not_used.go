package main

func main() {
	x := 1
	float64(x)
}
