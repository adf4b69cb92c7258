// The panics of map operations, recovered: hashing an unhashable dynamic type (even for a
// lookup or delete on a nil or empty map), and assignment to a nil map (a runtime.Error
// without the "runtime error: " prefix). Reads and deletes on a nil map are fine.
package main

import (
	"fmt"
	"runtime"
)

type holder struct {
	id  int
	val any
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		msg := ""
		if isErr {
			msg = err.Error()
		}
		fmt.Printf("%-28s runtime.Error=%v %q\n", name+":", isRT, msg)
	}()
	f()
}

func main() {
	var nilm map[any]int
	empty := map[any]int{}
	full := map[any]int{1: 1, "a": 2}
	try("assign []int", func() { full[[]int{1}] = 1 })
	try("assign map", func() { full[map[int]int{}] = 1 })
	try("assign func", func() { full[func() {}] = 1 })
	try("lookup empty", func() { _ = empty[[]int{1}] })
	try("lookup nil", func() { _ = nilm[[]int{1}] })
	try("comma-ok lookup full", func() { _, _ = full[[]string{}] })
	try("delete nil", func() { delete(nilm, []int{}) })
	try("delete empty", func() { delete(empty, []int{}) })
	try("delete full", func() { delete(full, []byte("x")) })
	try("struct field holding map", func() { full[holder{1, map[int]int{}}] = 1 })
	try("array of any holding slice", func() { full[[2]any{1, []int{}}] = 1 })
	mh := map[holder]int{}
	try("struct key, nil map field", func() { mh[holder{2, []float64(nil)}] = 1 })
	fmt.Println("maps unchanged:", len(full), len(empty), len(mh))

	var nm map[string]int
	fmt.Println("nil map read:", nm["x"], len(nm))
	v, ok := nm["x"]
	fmt.Println("nil map comma-ok:", v, ok)
	delete(nm, "x")
	n := 0
	for range nm {
		n++
	}
	fmt.Println("nil map range:", n)
	clear(nm)
	try("assign nil map", func() { nm["x"] = 1 })
	try("increment nil map", func() { nm["x"]++ })
	var ns map[string][]int
	try("append into nil map", func() { ns["k"] = append(ns["k"], 1) })
	type T struct{ m map[int]int }
	var t T
	try("nil map in struct", func() { t.m[1] = 2 })
	fmt.Println("still nil:", nm == nil, t.m == nil)
}
