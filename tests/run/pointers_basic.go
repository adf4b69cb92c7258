package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 42
	fmt.Println(x)
	np := new(Node)
	np.Val = 7
	fmt.Println(*np, np.Next == nil)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	fmt.Println(s)
}
