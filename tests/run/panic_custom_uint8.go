package main

func main() {
	panic(byte(200))
}
