// The dynamic types of the values standard functions panic with: Go strings for
// panic("..."), runtime errors for run-time errors.
package main

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, isStr := r.(string)
		_, isErr := r.(error)
		fmt.Printf("%T %v %v %v\n", r, isStr, isErr, r)
	}()
	f()
}

func main() {
	try(func() { strings.NewReplacer("odd") })
	try(func() { strings.Repeat("x", -1) })
	try(func() { errors.As(errors.New("x"), nil) })
	try(func() { var e error; errors.As(errors.New("x"), e) })
	try(func() { bits.Div64(2, 0, 1) })
	try(func() { var a []int; _ = a[3] })
	strings.NewReplacer("odd")
}
