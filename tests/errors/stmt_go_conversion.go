package main

func main() {
	x := 1.5
	go int(x)
}
