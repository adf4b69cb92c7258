package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatInt(8, 8))
	fmt.Println(strconv.FormatUint(18446744073709551615, 16), strconv.FormatUint(35, 36))
	f := 1234.5678
	for _, fm := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Println(string(fm), strconv.FormatFloat(f, fm, -1, 64), strconv.FormatFloat(f, fm, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456789, 'g', 4, 64))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendFloat(b, 2.5, 'f', 1, 64)
	fmt.Println(string(b))
}
