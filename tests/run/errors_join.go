package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
)

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	w := fmt.Errorf("context: %w", j)
	fmt.Println(w, errors.Is(w, ErrB))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Printf("%T\n", j)
}
