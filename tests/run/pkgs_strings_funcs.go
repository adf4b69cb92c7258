package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.Title("hello wide world"), strings.ToTitle("loud"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.TrimSpace("  \t hi \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("golang", 'g'))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	b, a, f := strings.Cut("key=value", "=")
	fmt.Println(b, a, f)
	s, ok := strings.CutPrefix("foobar", "foo")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("foobar", "bar")
	fmt.Println(s, ok)
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return unicode.IsUpper(r) }), strings.LastIndexFunc("go123", func(r rune) bool { return unicode.IsLetter(r) }), strings.ContainsFunc("abc1", func(r rune) bool { return unicode.IsDigit(r) }))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana split"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return unicode.IsDigit(r) }), strings.TrimLeftFunc("123abc456", func(r rune) bool { return unicode.IsDigit(r) }), strings.TrimRightFunc("123abc456", func(r rune) bool { return unicode.IsDigit(r) }))
	fmt.Println(strings.Clone("clone"))
	var sb strings.Builder
	fmt.Println(sb.Len())
}
