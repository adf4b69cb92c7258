package main

func init(x int) {
	println(x)
}

func main() {
}
