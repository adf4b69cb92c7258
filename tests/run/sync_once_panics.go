package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("calls", calls)
	// Do with a different function does nothing after the first.
	once.Do(func() { fmt.Println("not printed") })

	// A panic in Do: the Once counts as done.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// Recursive Do would deadlock; a nested Do on another Once is fine.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { fmt.Println("inner") })
		fmt.Println("outer")
	})

	// OnceFunc: called once; a panic is re-raised on every call with the same value.
	n := 0
	f := sync.OnceFunc(func() { n++; fmt.Println("OnceFunc body") })
	f()
	f()
	f()
	fmt.Println("n", n)
	g := sync.OnceFunc(func() { panic(fmt.Errorf("boom %d", 1)) })
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("call %d: %T %v\n", i, r, r)
			}()
			g()
		}()
	}
}
