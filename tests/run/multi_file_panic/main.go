package main

func main() {
	run([]int{1, 2, 3})
}
