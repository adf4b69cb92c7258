package main

func main() {
	panic(map[string]int{"a": 1})
}
