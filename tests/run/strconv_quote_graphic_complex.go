package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\there", "nbsp\u00a0x", "ogham\u1680space", "ideo\u3000sp", "bell\a", "\xff\xfe", "é☺\U0001F600", "\u2028"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToGraphic(s), strconv.QuoteToASCII(s))
	}
	for _, r := range []rune{'a', '\u00a0', '\u2007', '\n', 0x7f, -1, 0x110000, '☺'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToGraphic(r), strconv.IsGraphic(r), strconv.IsPrint(r))
	}
	fmt.Println(string(strconv.AppendQuoteToGraphic([]byte("x="), "a\u00a0b")), string(strconv.AppendQuoteRuneToGraphic(nil, '\u3000')))

	for _, s := range []string{`"abc" rest`, "`raw\nstr` tail", `'x'y`, `"unterminated`, `"a\"b" c`, `'ab'`, `"bad\q"`, "\"new\nline\"", `x`, `""`, `'\''`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
	for _, s := range []string{`\n rest`, `\x41z`, `\u263a!`, `\U0001F600`, `\101`, `é`, `\'`, `'`, `\q`, ``, `\400`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Printf("%q %v %q %v\n", v, mb, tail, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`'`, '\'')
	fmt.Println(v, mb, tail, err)
	for _, s := range []string{`"a\tb"`, "`a\rb`", `'☺'`, `'ab'`, `"\xff"`, `"`, `'\x80'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}

	for _, s := range []string{"1+2i", "(3-4.5i)", "2i", "-i", "+i", "NaN+Infi", "1e400+1i", "1+1e400i", "1++2i", "i", "", "(1+2i", "3", "0x1p3-0x2p1i", "1_000+2i"} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(c, err)
	}
	c64, err := strconv.ParseComplex("1.0000001+3.4e39i", 64)
	fmt.Println(c64, err)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128), strconv.FormatComplex(complex(0, 1e21), 'g', -1, 128),
		strconv.FormatComplex(complex(1.0/3, 2.0/3), 'e', -1, 64))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatComplex(1, 'f', 1, 32)
}
