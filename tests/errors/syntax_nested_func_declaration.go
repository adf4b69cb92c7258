package main

func main() {
	func inner() {
		println("inner")
	}
	inner()
}
