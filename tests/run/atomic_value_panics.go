package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %T: %v\n", name, r, r)
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	fmt.Println(v.Load())
	old := v.Swap(config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	fmt.Println(v.CompareAndSwap(config{"x", 0}, config{"d", 4}), v.Load())
	c := v.Load().(config)
	fmt.Println(c.name, c.n)

	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("string") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(1) })
	try("cas nil new", func() { v.CompareAndSwap(config{}, nil) })
	try("cas mismatched old/new", func() { v.CompareAndSwap(1, config{}) })
	try("cas other type", func() { v.CompareAndSwap(nil, 2) })

	var w atomic.Value
	fmt.Println(w.Swap(5), w.Load())
	var x atomic.Value
	fmt.Println(x.CompareAndSwap(nil, "first"), x.CompareAndSwap(nil, "second"), x.Load())
	var y atomic.Value
	fmt.Println(y.CompareAndSwap(1, 2), y.Load())
	try("cas uncomparable", func() {
		var z atomic.Value
		z.Store([]int{1})
		z.CompareAndSwap([]int{1}, []int{2})
	})
	// Storing pointers and interfaces of different dynamic types through any.
	var e atomic.Value
	e.Store(fmt.Errorf("one"))
	try("store different error type", func() { e.Store(error(nil)) })
	fmt.Println(e.Load())
}
