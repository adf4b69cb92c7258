package main

import (
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

func main() {
	panic(V{7})
}
