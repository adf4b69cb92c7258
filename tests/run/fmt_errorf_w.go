package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("level1: %w", ErrBase)
	e2 := fmt.Errorf("level2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Unwrap(e2) == e1, errors.Unwrap(ErrBase) == nil)
	e3 := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("two: %w and %w", ErrBase, errors.New("other"))
	fmt.Println(e4, errors.Is(e4, ErrBase), errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("bad: %w", "not an error")
	fmt.Println(e5)
	e6 := fmt.Errorf("code %d", 42)
	fmt.Printf("%v %T\n", e6, e6)
	fmt.Printf("%T %T\n", e1, e4)
}
