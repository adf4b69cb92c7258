package main

import (
	"errors"
	"fmt"
)

// `a, b := f()` where b already exists in the same scope assigns b, whatever its size.

func ii() (int, int)              { return 1, 2 }
func is() (int, string)           { return 1, "s" }
func ia() (int, any)              { return 1, "a" }
func ie() (int, error)            { return 3, errors.New("E") }
func ic() (int, complex128)       { return 4, 2i }
func iarr() (int, [3]int)         { return 5, [3]int{1, 2, 3} }
func ist() (int, struct{ a, b int }) { return 6, struct{ a, b int }{7, 8} }

func named() (n int, err error) {
	m, err := ie()
	return m, err
}

func main() {
	var k int
	n, k := ii()
	fmt.Println(n, k)
	var s string
	n, s2 := is()
	n2, s := is()
	fmt.Println(n, n2, s, s2)
	var a any
	n3, a := ia()
	fmt.Println(n3, a)
	var err error
	n4, err := ie()
	fmt.Println(n4, err)
	var c complex128
	n5, c := ic()
	fmt.Println(n5, c)
	var arr [3]int
	n6, arr := iarr()
	fmt.Println(n6, arr)
	var st struct{ a, b int }
	n7, st := ist()
	fmt.Println(n7, st)
	fmt.Println(named())
	p := &s
	n8, s := is()
	fmt.Println(n8, *p)
}
