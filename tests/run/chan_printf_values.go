package main

import (
	"fmt"
	"strings"
)

func main() {
	var nc chan int
	fmt.Printf("%v|%T|%t\n", nc, nc, nc == nil)
	fmt.Println(nc)
	fmt.Printf("%p\n", nc)
	c1 := make(chan int)
	c2 := make(chan int)
	c3 := c1
	fmt.Println(c1 == c2, c1 == c3, c1 != nil)
	s := fmt.Sprintf("%v", c1)
	fmt.Println(strings.HasPrefix(s, "0xc"), s == fmt.Sprintf("%p", c1))
	m := map[chan int]string{c1: "one", c2: "two"}
	fmt.Println(len(m), m[c3], m[c2], m[nc] == "")
	var i1, i2 interface{} = c1, c3
	fmt.Println(i1 == i2)
	var ro <-chan int = c1
	var j interface{} = ro
	fmt.Println(j == i1)
	type holder struct {
		C chan bool
	}
	fmt.Printf("%+v\n", holder{})
	fmt.Printf("%v\n", []chan int{nil, nil})
	fmt.Printf("%d\n", nc)
	fmt.Printf("%#v\n", nc)
}
