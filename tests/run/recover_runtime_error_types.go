package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Printf("%v | is runtime.Error: %v | %T\n", r, ok, r)
		if ok {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	try(func() {
		x := 0
		fmt.Println(1 / x)
	})
	try(func() {
		s := []int{1}
		i := 5
		_ = s[i]
	})
	try(func() {
		var p *struct{ X int }
		fmt.Println(p.X)
	})
	try(func() {
		var i interface{} = "s"
		_ = i.(int)
	})
	try(func() { panic("plain") })
}
