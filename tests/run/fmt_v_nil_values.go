package main

import (
	"fmt"
)

type S struct{ P *int }

func main() {
	var i interface{}
	var e error
	var p *int
	var sl []int
	var m map[string]bool
	var f func()
	var ch chan int
	fmt.Println(i, e, p, sl, m, f == nil, ch)
	fmt.Printf("%v %v %v %v %v\n", i, e, p, sl, m)
	fmt.Printf("%+v %#v %#v %#v %#v\n", S{}, i, p, sl, m)
	fmt.Printf("%T %T %T %T\n", i, e, p, sl)
	fmt.Printf("%d %s %x\n", i, e, sl)
	fmt.Printf("[%5v] [%-5v]\n", nil, nil)
	fmt.Print(nil, "\n")
}
