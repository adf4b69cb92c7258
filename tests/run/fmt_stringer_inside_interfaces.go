// fmt calls String() on values held in interfaces nested in slices, maps and structs.
package main

import "fmt"

type C float64

func (c C) String() string { return "C!" }

type S struct{ A any }

func main() {
	fmt.Println([]any{C(1)}, map[any]int{C(1): 1}, map[int]any{1: C(2)}, S{C(3)}, map[C]int{1: 1}, []C{1})
}
