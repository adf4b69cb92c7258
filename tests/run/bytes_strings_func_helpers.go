package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := []byte("  Hello, Wörld! 123 \xff end  ")
	isSpace := unicode.IsSpace
	fmt.Printf("%q\n", bytes.TrimFunc(s, isSpace))
	fmt.Printf("%q\n", bytes.TrimLeftFunc(s, isSpace))
	fmt.Printf("%q\n", bytes.TrimRightFunc(s, isSpace))
	fmt.Println(bytes.TrimLeftFunc([]byte("   "), isSpace) == nil, len(bytes.TrimRightFunc([]byte("   "), isSpace)))
	fmt.Println(bytes.IndexFunc(s, unicode.IsDigit), bytes.LastIndexFunc(s, unicode.IsLetter), bytes.IndexFunc(s, func(r rune) bool { return r == 'ö' }))
	fmt.Println(bytes.ContainsFunc(s, unicode.IsPunct), bytes.ContainsFunc(s, unicode.IsSymbol))
	fields := bytes.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, f := range fields {
		fmt.Printf("%q cap=%d ", f, cap(f))
	}
	fmt.Println(len(fields))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Println(bytes.Runes([]byte("aé\xffz")))
	after, ok := bytes.CutPrefix([]byte("prefix-body"), []byte("prefix-"))
	fmt.Printf("%q %v\n", after, ok)
	before, ok := bytes.CutSuffix([]byte("body.go"), []byte(".rs"))
	fmt.Printf("%q %v\n", before, ok)
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("istanbul")),
		bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İSTANBUL")), bytes.ToTitleSpecial(unicode.AzeriCase, []byte("iı")))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "diyarbakır"), strings.ToLowerSpecial(unicode.TurkishCase, "DİYARBAKIR"),
		strings.ToTitleSpecial(unicode.TurkishCase, "ii"))

	var buf bytes.Buffer
	n, err := buf.ReadFrom(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(n, err, buf.Len(), bytes.MinRead)
	ab := buf.AvailableBuffer()
	fmt.Println(len(ab), cap(ab) == buf.Available())

	// Replacers of each kind Go builds.
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abcab"))
	fmt.Println(strings.NewReplacer("a", "one", "b", "").Replace("abcab"))
	fmt.Println(strings.NewReplacer("abc", "X").Replace("abcabcab"))
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
	fmt.Println(strings.NewReplacer("", "-", "b", "B").Replace("abc"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("aa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaaaa"))
	var sb strings.Builder
	n2, err := strings.NewReplacer("<", "&lt;").WriteString(&sb, "a<b<c")
	fmt.Println(n2, err, sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
