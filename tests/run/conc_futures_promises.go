package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Future struct {
	done chan struct{}
	val  int
	err  error
}

func Async(f func() (int, error)) *Future {
	fu := &Future{done: make(chan struct{})}
	go func() {
		defer close(fu.done)
		fu.val, fu.err = f()
	}()
	return fu
}

func (f *Future) Await() (int, error) {
	<-f.done
	return f.val, f.err
}

func parse(s string) *Future {
	return Async(func() (int, error) {
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, fmt.Errorf("parse %q: %w", s, errors.Unwrap(err))
		}
		return n * 2, nil
	})
}

func main() {
	inputs := []string{"1", "21", "x", "100", ""}
	fs := make([]*Future, len(inputs))
	for i, s := range inputs {
		fs[i] = parse(s)
	}
	for i, f := range fs {
		v, err := f.Await()
		fmt.Println(i, v, err)
	}
	// Await twice returns the same result.
	v1, _ := fs[1].Await()
	v2, _ := fs[1].Await()
	fmt.Println(v1 == v2)
	// Chained futures.
	sum := Async(func() (int, error) {
		a, err := parse("5").Await()
		if err != nil {
			return 0, err
		}
		b, err := parse("7").Await()
		return a + b, err
	})
	fmt.Println(sum.Await())
}
