package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	fmt.Println(len(m), m["a"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "missing")
	fmt.Println(m, len(m))
	m2 := make(map[int]string, 10)
	m2[3] = "three"
	m2[1] = "one"
	m2[2] = "two"
	fmt.Println(m2)
	var nm map[string]bool
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	if _, ok := m["c"]; ok {
		fmt.Println("has c")
	}
	m["b"] += 10
	m["new"]++
	fmt.Println(m)
}
