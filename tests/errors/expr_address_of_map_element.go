package main

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"]
	println(*p)
}
