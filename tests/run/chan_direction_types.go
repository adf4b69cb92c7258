package main

import "fmt"

func sender(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func receiver(in <-chan int, done chan<- int) {
	total := 0
	for v := range in {
		total += v
	}
	done <- total
}

type Source <-chan string
type Sink chan<- string

func main() {
	c := make(chan int)
	done := make(chan int)
	go sender(c, 5)
	go receiver(c, done)
	fmt.Println("total", <-done)

	var s chan<- int = c
	var r <-chan int = c
	fmt.Printf("%T %T %T\n", c, s, r)
	var cc chan (<-chan int)
	var sc chan<- chan int
	var rc <-chan <-chan int
	var cs chan<- (<-chan bool)
	fmt.Printf("%T|%T|%T|%T\n", cc, sc, rc, cs)
	var src Source
	var snk Sink
	fmt.Printf("%T %T %v %v\n", src, snk, src == nil, snk == nil)
	ch := make(chan string, 1)
	snk = ch
	src = ch
	snk <- "through sink"
	fmt.Println(<-src)
	var any1 interface{} = r
	_, isRecv := any1.(<-chan int)
	_, isBidi := any1.(chan int)
	fmt.Println(isRecv, isBidi)
	fmt.Printf("%T\n", make(chan map[string][]int))
	fmt.Printf("%T\n", make(chan struct{ A int }))
	fmt.Printf("%T\n", make(chan func(int) error))
	fmt.Printf("%T\n", make(chan interface{}))
	fmt.Printf("%T\n", make(chan error))
	fmt.Printf("%T\n", [2]chan<- int{})
	fmt.Printf("%T\n", (*chan int)(nil))
}
