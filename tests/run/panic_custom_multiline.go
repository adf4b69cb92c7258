package main

func main() {
	panic("multi\nline\nmessage")
}
