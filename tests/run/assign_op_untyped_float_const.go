package main

// An op-assignment's untyped constant operand takes the variable's type, whatever kind
// of constant it is written as: 1e9 with an integer, 2+0i with a float, 0.1 with a
// float32.

import "fmt"

func main() {
	var n int64 = -1
	n += 1e9
	fmt.Println(n)
	n -= 2.5e9 * 2
	fmt.Println(n)
	n *= 1e3
	fmt.Println(n)
	n /= 1e2
	fmt.Println(n)
	n %= 7e0
	fmt.Println(n)

	var u uint64 = 1
	u += 1e19
	fmt.Println(u)
	var b byte = 3
	b *= 8e1
	fmt.Println(b)
	var i int = 10
	i -= 3 + 0i
	i <<= 2.0
	fmt.Println(i)

	var f float64 = 1
	f += 2 + 0i
	f *= 1e300
	fmt.Println(f)
	var g float32 = 1
	g += 0.1
	fmt.Println(g, g == 1.1)
	for j := 0; j < 10; j++ {
		g += 0.1
	}
	fmt.Println(g)
	var h float32
	h += 16777217
	fmt.Println(h)
	var c complex128 = 1i
	c += 2.5
	fmt.Println(c)
}
