package main

import (
	"fmt"
)

func main() {
	for _, n := range []int64{0, 8, -8, 255, 1 << 40} {
		fmt.Printf("%o|%#o|%O|%b|%#b|%#X\n", n, n, n, n, n, n)
	}
	fmt.Printf("%b %o %x\n", uint8(255), uint16(8), uint32(3735928559))
}
