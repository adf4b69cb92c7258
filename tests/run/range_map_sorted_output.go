package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"zed": 40, "amy": 31, "bob": 25, "cat": 19}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range ages {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v < list[j].v })
	for _, e := range list {
		fmt.Println(e.k, e.v)
	}
	fmt.Println(ages)
	total := 0
	for k := range ages {
		total += len(k)
	}
	fmt.Println(total)
}
