// `x op= y` and `x++` evaluate the operands of x once (Go spec: "the operand x is
// evaluated only once"), and gc reads x after evaluating y. `m[k] op= v` reaches the
// element with one mapassign, except `/` and `%`, which read first so that a division
// by zero panics before the entry is made.
package main

import "fmt"

var calls int

func key() string { calls++; return fmt.Sprint("k", calls) }

func idx() int { calls++; return calls % 2 }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	m := map[string]int{}
	m[key()]++
	fmt.Println(calls, m)
	calls = 0
	m[key()] += 5
	fmt.Println(calls, m)
	calls = 0
	s := []int{10, 20}
	s[idx()]++
	fmt.Println(calls, s)
	calls = 0
	s[idx()] *= 3
	fmt.Println(calls, s)
	calls = 0
	arr := [2]int{1, 2}
	p := &arr
	p[idx()] -= 1
	fmt.Println(calls, arr)
	type T struct{ n int }
	ts := []T{{1}, {2}}
	calls = 0
	ts[idx()].n++
	fmt.Println(calls, ts)
	mm := map[string][]int{"k": {1, 2}}
	calls = 0
	mm["k"][idx()]++
	fmt.Println(calls, mm)
	ms := map[int]string{}
	ms[1] += "a"
	ms[1] += "b"
	mf := map[string]float64{}
	mf["x"]++
	mf["x"] *= 2.5
	mc := map[int]complex128{}
	mc[0]++
	fmt.Println(ms, mf, mc)

	// y first, then x is read.
	x := []int{1}
	x[0] += func() int { x[0] = 100; return 1 }()
	fmt.Println(x)
	m2 := map[string]int{"a": 1}
	m2["a"] += func() int { m2["a"] = 100; return 1 }()
	fmt.Println(m2)
	v := 1
	v += func() int { v = 100; return 1 }()
	fmt.Println(v)
	pt := &struct{ n int }{1}
	pt.n += func() int { pt.n = 100; return 1 }()
	fmt.Println(pt.n)

	// Division by zero panics before a map entry is made; other operators make it.
	z := 0
	try("m[new] /= 0", func() { m2["new"] /= z })
	try("m[new] %= 0", func() { m2["new2"] %= z })
	_, ok := m2["new"]
	fmt.Println("entry made by /=:", ok, len(m2))
	var nm map[string]int
	try("nil map /= 0", func() { nm["x"] /= z })
	try("nil map += 1", func() { nm["x"] += 1 })
	try("nil map ++", func() { nm["x"]++ })

	// Shifts: a negative signed count panics wherever x lives.
	n := -1
	g := []uint{1}
	try("slice elem <<= -1", func() { g[0] <<= n })
	mu := map[int]int{1: 1}
	try("map elem >>= -1", func() { mu[1] >>= n })
	local := 1
	try("local <<= -1", func() { local <<= n })
	fmt.Println(g, mu, local)
}
