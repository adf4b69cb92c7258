package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', 'é', 'Σ', '世', '٣', '€', 0x1F600, -1, 0x110000} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsSymbol(r),
			unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	s := "héllo, 世界"
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneLen('世'), utf8.RuneLen(-5))
	r, n := utf8.DecodeRuneInString(s[1:])
	fmt.Println(r, n)
	r, n = utf8.DecodeLastRuneInString(s)
	fmt.Println(r, n)
	b := utf8.AppendRune(nil, '界')
	fmt.Println(b, utf8.FullRune(b[:2]), utf8.FullRune(b), utf8.RuneStart(b[1]), utf8.ValidRune(0xD800))
	buf := make([]byte, 4)
	fmt.Println(utf8.EncodeRune(buf, 'é'), buf)
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('ü')
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap())
	rep := strings.NewReplacer("a", "1", "b", "2", "", "_")
	fmt.Println(rep.Replace("abcab"))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'))
}
