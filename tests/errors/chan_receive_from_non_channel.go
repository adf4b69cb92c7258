package main

func main() {
	x := 1
	v := <-x
	println(v)
}
