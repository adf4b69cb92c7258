package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("héllo", 'l'), strings.IndexAny(s, "zq"))
	fmt.Println(strings.IndexFunc(s, func(r rune) bool { return r == 'k' }), strings.LastIndexAny(s, "eo"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, "cat"))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.Compare("a", "b"))
}
