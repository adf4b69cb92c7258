package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func build(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func walk(t *Tree, ch chan int) {
	var rec func(*Tree)
	rec = func(t *Tree) {
		if t == nil {
			return
		}
		rec(t.Left)
		ch <- t.Value
		rec(t.Right)
	}
	rec(t)
	close(ch)
}

func same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go walk(t1, c1)
	go walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	a := build(1, []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10})
	b := build(1, []int{10, 9, 8, 7, 6, 5, 4, 3, 2, 1})
	c := build(2, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	ch := make(chan int)
	go walk(a, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(same(a, b), same(a, c), same(c, c))
}
