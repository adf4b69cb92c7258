package main

func main() {
	m := map[string]int{"a": 1}
	v, ok = m["a"]
	m["b"] += 1, 2
	_ = v
}
