package main

import (
	"errors"
	"fmt"
)

type point struct{ X, Y int }

func main() {
	ci := make(chan int, 2)
	ci <- 7
	ci <- 8
	close(ci)
	for i := 0; i < 4; i++ {
		v, ok := <-ci
		fmt.Println(v, ok)
	}
	cs := make(chan string)
	close(cs)
	s, ok := <-cs
	fmt.Printf("%q %v\n", s, ok)
	cp := make(chan point, 1)
	cp <- point{1, 2}
	close(cp)
	p, ok := <-cp
	fmt.Println(p, ok)
	p, ok = <-cp
	fmt.Println(p, ok)
	ce := make(chan error, 1)
	ce <- errors.New("bad")
	close(ce)
	e, ok := <-ce
	fmt.Println(e, ok)
	e, ok = <-ce
	fmt.Println(e, ok, e == nil)
	cf := make(chan func() int)
	close(cf)
	f, ok := <-cf
	fmt.Println(f == nil, ok)
	cptr := make(chan *point)
	close(cptr)
	fmt.Println(<-cptr)
	csl := make(chan []int)
	close(csl)
	sl := <-csl
	fmt.Println(sl == nil, len(sl))
	var x int
	x, ok = <-ci
	fmt.Println(x, ok)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("goroutine runs")
	}()
	_, ok = <-done
	fmt.Println("done", ok)
}
