package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Title("x") == "X")
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexByte("abc", 'z'))
	fmt.Println(strings.ContainsFunc("abc1", func(r rune) bool { return r == '1' }))
	lines := strings.Split("l1\nl2\nl3", "\n")
	for i, l := range lines {
		fmt.Println(i, l)
	}
	fmt.Println(strings.Clone("copy"), strings.ToValidUTF8("a\xffb", "?"))
	fmt.Println(strings.Count("cheese", "e"), strings.Index("chicken", "ken"))
	s := "Hello, 世界"
	fmt.Println(len(s), strings.ToUpper(s), strings.Contains(s, "世"))
	var parts []string
	for _, w := range strings.Fields("one two three") {
		parts = append(parts, strings.Repeat(w[:1], len(w)))
	}
	fmt.Println(strings.Join(parts, "|"))
}
