package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%v|%x|%X|% x|%#x\n", s, s, s, s, s, s, s)
	fmt.Printf("%10s|%-10s|%.2s|%5.1s|\n", s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#q\n", "tab\there\n", "héllo", "back`tick", "plain")
	fmt.Printf("%s|%q\n", []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%x|%X|%s|%q\n", []byte("hi"), []byte{1, 171}, []byte("bytes"), []byte("q"))
	fmt.Printf("%v|%d\n", []byte("AB"), []byte("AB"))
	fmt.Printf("%010s|%-010s|\n", "pad", "pad")
	fmt.Printf("%q\n", "\x00\x7f\u00ff\U0001F600")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%.0s|%.10s|\n", "gone", "short")
	fmt.Printf("%5q|%-8q|\n", "a", "b")
}
