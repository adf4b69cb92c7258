package main

import (
	"fmt"
	"sort"
	"strings"
)

type Words []string

func (w Words) Longest() string {
	best := ""
	for _, s := range w {
		if len(s) > len(best) {
			best = s
		}
	}
	return best
}

func (w *Words) Add(s string) { *w = append(*w, s) }

type Counts map[string]int

func (c Counts) Add(s string) { c[s]++ }
func (c Counts) String() string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s:%d ", k, c[k])
	}
	return b.String()
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	var w Words
	w.Add("go")
	w.Add("rust")
	w.Add("c")
	fmt.Println(w.Longest(), len(w))
	c := Counts{}
	for _, s := range strings.Fields("a b a c b a") {
		c.Add(s)
	}
	fmt.Println(c)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
}
