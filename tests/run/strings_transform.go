package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	rot := func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		if r == ' ' {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot, "hello world!"))
	fmt.Println(strings.ToTitle("go"), strings.ToUpper("ß"))
	fmt.Println(strings.Map(unicode.ToUpper, "mixed Case"))
}
