package main

func main() {
	x := 1
	defer int(x)
}
