package main

func arr() [3]int { return [3]int{} }

func main() {
	println(len(arr()[:]))
}
