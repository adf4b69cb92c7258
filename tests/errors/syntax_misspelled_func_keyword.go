package main

fucn main() {
	println("hi")
}
