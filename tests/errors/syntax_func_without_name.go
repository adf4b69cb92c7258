package main

func() {
	println("anonymous")
}

func main() {
}
