package main

func main() {
	panic("col1\tcol2\nrow2")
}
