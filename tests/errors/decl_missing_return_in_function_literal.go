package main

func main() {
	f := func() int {
		println("no result")
	}
	println(f())
}
