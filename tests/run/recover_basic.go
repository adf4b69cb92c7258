package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(safe(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(recover())
	r := func() (v interface{}) {
		defer func() { v = recover() }()
		panic(fmt.Sprintf("%d-%s", 7, "x"))
	}()
	fmt.Printf("%T %v\n", r, r)
}
