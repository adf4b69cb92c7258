package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x10FFFF + 1} {
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("ab界")
	fmt.Println(string(r), size)
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8}))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune([]byte("x"), '界'), utf8.FullRune([]byte{0xe4}), utf8.RuneStart(0x80))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}
