package main

import "fmt"

type Emp struct {
	Name string
	Age  int
}

func main() {
	byDept := map[string][]string{}
	byDept["eng"] = append(byDept["eng"], "ann")
	byDept["eng"] = append(byDept["eng"], "bob")
	byDept["ops"] = append(byDept["ops"], "cy")
	fmt.Println(byDept)
	graph := map[string]map[string]int{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}} {
		if graph[e[0]] == nil {
			graph[e[0]] = map[string]int{}
		}
		graph[e[0]][e[1]]++
	}
	fmt.Println(graph, len(graph["a"]))
	emps := map[int]Emp{1: {"ann", 30}, 2: {"bob", 25}}
	e := emps[1]
	e.Age++
	emps[1] = e
	fmt.Println(emps)
	ptrs := map[string]*Emp{"x": {"x", 1}}
	ptrs["x"].Age = 99
	fmt.Println(*ptrs["x"])
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts)
	fm := map[float64]string{2.5: "a", -1: "b", 0: "c"}
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(fm, bm)
}
