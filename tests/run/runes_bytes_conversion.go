package main

import "fmt"

func main() {
	var r rune = 'A'
	var b byte = 'a'
	fmt.Println(r, b, string(r), string(b))
	fmt.Printf("%c %c %d %d %T %T\n", r, b, r, b, r, b)
	fmt.Println(r+1, b+1, 'z'-'a')
	digit := '7' - '0'
	fmt.Printf("%v %T\n", digit, digit)
	fmt.Println(string(rune(b-32)), byte('é'&0xff))
	s := "go"
	fmt.Println(s[0] == 'g', rune(s[1]))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", len(string(rune(0xD800))))
}
