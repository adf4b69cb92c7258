package main

import "fmt"

func main() {
	var s []string
	last := -1
	for i := 0; i < 200; i++ {
		s = append(s, "x")
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	var p []*int
	for i := 0; i < 40; i++ {
		p = append(p, nil)
	}
	fmt.Println(len(p), cap(p))
}
