package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	rs := []rune{'a', 'é', '☺', 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1}
	for _, r := range rs {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U %v %d %X %X %X\n", r, utf16.IsSurrogate(r), utf16.RuneLen(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	enc := utf16.Encode(rs)
	fmt.Printf("%X\n", enc)
	fmt.Printf("%X\n", utf16.Decode(enc))
	fmt.Printf("%X\n", utf16.Decode([]uint16{0xD800, 'a', 0xDC00, 0xD83D, 0xDE00, 0xD83D}))
	var a []uint16
	for _, r := range rs {
		a = utf16.AppendRune(a, r)
	}
	fmt.Printf("%X %d\n", a, len(a))
	fmt.Println(string(utf16.Decode(utf16.Encode([]rune("héllo, 世界 😀")))))
}
