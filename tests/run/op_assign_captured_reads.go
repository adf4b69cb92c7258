// x op= y on variables that live in heap cells (captured by closures, or whose address
// is taken), where y reads x itself and makes no call (goscope then reads x once).
package main

import "fmt"

func main() {
	seed := uint32(2463534242)
	next := func() uint32 {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return seed
	}
	for i := 0; i < 3; i++ {
		fmt.Println(next())
	}

	x := 7
	p := &x
	x += x * (x - 1) / 2
	x -= -x + 3
	x <<= x & 3
	x %= (x >> 1) + 1
	fmt.Println(x, *p)

	f := 1.5
	g := func() { f *= f + f/2 }
	g()
	g()
	fmt.Println(f)

	var s string = "ab"
	h := func() { s += s + "|" }
	h()
	h()
	fmt.Println(s)
}
