package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Big struct {
	Name  string
	Vals  [5]int64
	Tags  []string
	Inner struct{ A, B byte }
}

func main() {
	cs := make(chan string, 3)
	cs <- "hello"
	cs <- ""
	cs <- "wörld"
	close(cs)
	for s := range cs {
		fmt.Printf("%q ", s)
	}
	fmt.Println()
	cb := make(chan Big)
	go func() {
		b := Big{Name: "big", Tags: []string{"a", "b"}}
		for i := range b.Vals {
			b.Vals[i] = int64(i) << 40
		}
		b.Inner.A, b.Inner.B = 1, 2
		cb <- b
		b.Name = "changed after send"
		cb <- b
	}()
	b1 := <-cb
	b2 := <-cb
	fmt.Printf("%+v\n%v\n", b1, b2.Name)
	csh := make(chan Shape, 2)
	csh <- Rect{2, 3}
	csh <- Circle{1}
	close(csh)
	for s := range csh {
		fmt.Printf("%T %v\n", s, s.Area())
	}
	ca := make(chan any, 5)
	ca <- 1
	ca <- "two"
	ca <- 3.0
	ca <- nil
	ca <- []int{4}
	close(ca)
	for v := range ca {
		fmt.Printf("%T:%v ", v, v)
	}
	fmt.Println()
	ce := make(chan error, 2)
	ce <- errors.New("e1")
	ce <- fmt.Errorf("wrapped: %w", errors.New("e2"))
	fmt.Println(<-ce, errors.Unwrap(<-ce))
	cp := make(chan *Rect, 1)
	r := &Rect{1, 1}
	cp <- r
	(<-cp).W = 10
	fmt.Println(*r)
	cf := make(chan func(int) int, 1)
	k := 5
	cf <- func(x int) int { return x * k }
	fmt.Println((<-cf)(3))
	carr := make(chan [3]string, 1)
	carr <- [3]string{"p", "q", "r"}
	fmt.Println(<-carr)
	cm := make(chan map[string]int, 1)
	cm <- map[string]int{"b": 2, "a": 1}
	fmt.Println(<-cm)
	cst := make(chan struct{}, 2)
	cst <- struct{}{}
	fmt.Println(len(cst), <-cst)
	cc := make(chan complex128, 1)
	cc <- 1 + 2i
	fmt.Println(<-cc)
}
