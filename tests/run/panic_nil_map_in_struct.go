package main

type Registry struct{ items map[string]int }

func main() {
	var r Registry
	r.items["a"] = 1
}
