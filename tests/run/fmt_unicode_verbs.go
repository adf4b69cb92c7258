package main

import (
	"fmt"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '😀', 0, 0x7f} {
		fmt.Printf("%U|%#U|%c|%q|%+q|%x|%d\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%08U|%-10U|\n", 'a', 'b')
}
