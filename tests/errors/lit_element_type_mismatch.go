package main

func main() {
	names := []string{"a", 2, "c"}
	println(len(names))
}
