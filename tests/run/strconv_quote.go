package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é \x00 \u2028"))
	fmt.Println(strconv.QuoteToASCII("é 世界"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `abc`, `"\u00e9"`, `"\x41"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\x01'))
}
