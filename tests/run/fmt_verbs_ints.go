package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%d|%+d|% d|%x|%05d|%-6d|\n", -42, -42, -42, -42, -42, -42)
	fmt.Printf("%c|%q|%U|%#U\n", 0x4E16, 0x4E16, 0x4E16, 0x4E16)
	fmt.Printf("%08b|%3c|%-4q|\n", 5, 'A', 'B')
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%x %X\n", -255, int8(-1))
	fmt.Printf("%.3d|%6.3d|%-6.3d|%+.2d\n", 7, 7, 7, 7)
	fmt.Printf("%v %v\n", uintptr(10), 'x')
	fmt.Printf("%#08x|%# x|%+x\n", 255, 255, 255)
}
