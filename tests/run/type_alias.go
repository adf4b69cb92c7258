package main

import "fmt"

type MyInt = int
type Named int
type Strs = []string

func double(x int) int { return x * 2 }

func main() {
	var a MyInt = 21
	fmt.Println(double(a))
	fmt.Printf("%T\n", a)
	var n Named = 3
	fmt.Printf("%T %v\n", n, n)
	var s Strs = []string{"x", "y"}
	fmt.Printf("%T %v\n", s, s)
	var by byte = 'A'
	var u uint8 = by
	var r rune = 'B'
	var i32 int32 = r
	fmt.Printf("%T %T %v %v\n", by, r, u, i32)
}
