package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

func main() {
	var m sync.Map
	v, ok := m.Load("x")
	fmt.Println(v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "three")
	dump(&m)
	v, ok = m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	prev, loaded := m.Swap("a", 10)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("new", 0)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("a", 10, 11), m.CompareAndSwap("a", 10, 12))
	fmt.Println(m.CompareAndDelete("c", 4), m.CompareAndDelete("c", 3))
	m.Delete(3)
	m.Delete("missing")
	dump(&m)
	// Range stops when f returns false.
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("visited", n)
	m.Clear()
	dump(&m)
	// Concurrent use.
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				m.Store(i*10+j, i)
			}
			m.LoadOrStore("shared", "first")
		}()
	}
	wg.Wait()
	count := 0
	sum := 0
	m.Range(func(k, v any) bool {
		count++
		if n, ok := k.(int); ok {
			sum += n
		}
		return true
	})
	fmt.Println(count, sum)
	// Uncomparable CompareAndSwap old value panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	m.Store("s", []int{1})
	m.CompareAndSwap("s", []int{1}, 2)
}
