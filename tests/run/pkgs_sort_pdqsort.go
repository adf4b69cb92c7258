package main

import (
	"fmt"
	"sort"
)

type P struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 3, 0, 11, 4, 6, 2, 15, 13, 12, 10}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 7), sort.IntsAreSorted(xs))
	ss := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(ss)
	fmt.Println(ss)
	ps := []P{}
	for i := 0; i < 60; i++ {
		ps = append(ps, P{fmt.Sprint("p", i), (i * 7) % 10})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
	fmt.Println(ps)
	qs := []P{}
	for i := 0; i < 60; i++ {
		qs = append(qs, P{fmt.Sprint("q", i), (i * 3) % 7})
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Age < qs[j].Age })
	fmt.Println(qs)
	fs := []float64{2.5, -1, 0, 3.25, -7}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
