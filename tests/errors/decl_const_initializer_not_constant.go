package main

func size() int { return 4 }

const n = size()

func main() {
	println(n)
}
