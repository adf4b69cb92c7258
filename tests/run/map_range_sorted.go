package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 7, "kiwi": 2}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	for k := range m {
		if k != "fig" {
			delete(m, k)
		}
	}
	fmt.Println(m)
	fmt.Println(fmt.Sprint(map[int]bool{3: true, 1: false, 2: true}))
}
