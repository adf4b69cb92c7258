package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Set(v int)     { t.n = v }
func (t T) Add(xs ...int) int {
	s := t.n
	for _, x := range xs {
		s += x
	}
	return s
}

type Adder interface{ Add(xs ...int) int }

var order []string

func f(s string) int { order = append(order, s); return 0 }

func main() {
	t := T{3}
	fmt.Println(T.Get(t))
	(*T).Set(&t, 5)
	fmt.Println(t.n)
	var a Adder = t
	fmt.Println(a.Add(1, 2, 3), a.Add())
	xs := []int{4, 5}
	fmt.Println(a.Add(xs...))
	arr := make([]int, 3)
	arr[f("index")] = f("value")
	m := map[int]int{}
	m[f("key")] = f("mval")
	fmt.Println(order)
	b := []byte("hello, world")
	fmt.Println(len(b), cap(b))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 1, "x")
	fmt.Println(sb.String())
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	for i := range ps {
		ps[i].a, ps[i].b = ps[i].b, ps[i].a
	}
	fmt.Println(ps)
	var fn func(int) int
	fn = func(n int) int {
		if n < 2 {
			return n
		}
		return fn(n-1) + fn(n-2)
	}
	fmt.Println(fn(10))
	g := T.Add
	fmt.Println(g(t, 1, 1))
	h := t.Add
	fmt.Println(h(2))
}
