package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _é世\t!Ⅻ٣" {
		fmt.Printf("%q L%v U%v l%v D%v N%v S%v P%v\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')))
	fmt.Println(unicode.IsControl('\n'), unicode.IsPrint('\n'), unicode.IsGraphic(' '), unicode.IsSymbol('+'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', string(unicode.SimpleFold('A')))
}
