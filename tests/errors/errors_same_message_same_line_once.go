package main

func main() {
	println(ghost, ghost, ghost)
	println(ghost)
}
