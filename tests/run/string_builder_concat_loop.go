package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	var parts []string
	for i := range 5 {
		parts = append(parts, fmt.Sprint(i))
	}
	fmt.Println(strings.Join(parts, ","))
	b := []byte(s)
	for i := range b {
		b[i] -= 32
	}
	fmt.Println(string(b))
	r := []rune("añb")
	r[1] = 'N'
	fmt.Println(string(r), len(string(r)))
}
