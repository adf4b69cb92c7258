package main

func main() {
	panic(complex(1, 2))
}
