package main

import (
	"fmt"
	"sort"
)

type ByLen []string

func (b ByLen) Len() int { return len(b) }
func (b ByLen) Less(i, j int) bool {
	return len(b[i]) < len(b[j]) || (len(b[i]) == len(b[j]) && b[i] < b[j])
}
func (b ByLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

type Grid [][2]int

func (g Grid) Len() int { return len(g) }
func (g Grid) Less(i, j int) bool {
	if g[i][0] != g[j][0] {
		return g[i][0] < g[j][0]
	}
	return g[i][1] > g[j][1]
}
func (g Grid) Swap(i, j int) { g[i], g[j] = g[j], g[i] }

func main() {
	w := ByLen{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Sort(w)
	fmt.Println(w, sort.IsSorted(w))
	g := Grid{{2, 1}, {1, 1}, {2, 5}, {1, 9}, {0, 0}}
	sort.Sort(g)
	fmt.Println(g)
	sort.Stable(sort.Reverse(w))
	fmt.Println(w)
	big := make(sort.IntSlice, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Sort(big)
	fmt.Println(big[:10], big[45:])
}
