package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "value "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	b <- 5
	// Every channel operand and send value is evaluated once, in source order, on entry
	// to the select, even for cases that are not chosen.
	select {
	case ch("a", a) <- val("a", 1):
		trace = append(trace, "sent to a")
	case v := <-ch("b", b):
		trace = append(trace, fmt.Sprint("received ", v))
	case ch("nil", nil) <- val("nil", 3):
		trace = append(trace, "impossible")
	}
	for _, t := range trace[:5] {
		fmt.Println(t)
	}
	fmt.Println(len(trace))
	// Left-hand sides of receive assignments are evaluated only when the case is chosen.
	idx := func(i int) int { fmt.Println("index", i); return i }
	var arr [3]int
	var oks [3]bool
	c := make(chan int, 1)
	c <- 42
	select {
	case arr[idx(1)], oks[idx(2)] = <-c:
	case <-make(chan int):
	}
	fmt.Println(arr, oks)
	// A default case does not stop the evaluation.
	trace = nil
	select {
	case <-ch("x", nil):
	case ch("y", nil) <- val("y", 0):
	default:
		trace = append(trace, "default")
	}
	fmt.Println(trace)
}
