package main

func main() {
	x := func() {}
	defer x
}
