package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, World")
	fmt.Println(bytes.Contains(a, []byte("World")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(string(bytes.ToUpper(a)), string(bytes.ToLower(a)))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y ")))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	fmt.Println(string(bytes.TrimSpace([]byte("  pad  "))), string(bytes.Trim([]byte("xxaxx"), "x")))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 3)), string(bytes.ReplaceAll(a, []byte("l"), []byte("L"))))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("x")), bytes.Count(a, []byte("l")))
	fmt.Println(bytes.IndexByte(a, ','), string(bytes.Title([]byte("x"))) == "X", bytes.EqualFold([]byte("Go"), []byte("GO")))
}
