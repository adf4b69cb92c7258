// Command unicode prints the expected values for src/stdlib/unicode/tests.rs: an FNV-1a
// checksum of every predicate and case mapping over all runes from -2 to U+110001, and the
// results for a list of notable runes.
package main

import (
	"fmt"
	"unicode"
)

func fnvBool(f func(rune) bool) uint64 {
	h := uint64(14695981039346656037)
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		var b byte
		if f(r) {
			b = 1
		}
		h ^= uint64(b)
		h *= 1099511628211
	}
	return h
}

func fnvRune(f func(rune) rune) uint64 {
	h := uint64(14695981039346656037)
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		v := uint32(f(r))
		for i := 0; i < 4; i++ {
			h ^= uint64(byte(v >> (8 * i)))
			h *= 1099511628211
		}
	}
	return h
}

func main() {
	bools := []struct {
		name string
		f    func(rune) bool
	}{
		{"is_letter", unicode.IsLetter}, {"is_digit", unicode.IsDigit}, {"is_number", unicode.IsNumber},
		{"is_space", unicode.IsSpace}, {"is_upper", unicode.IsUpper}, {"is_lower", unicode.IsLower},
		{"is_title", unicode.IsTitle}, {"is_punct", unicode.IsPunct}, {"is_control", unicode.IsControl},
		{"is_graphic", unicode.IsGraphic}, {"is_print", unicode.IsPrint}, {"is_symbol", unicode.IsSymbol},
		{"is_mark", unicode.IsMark},
	}
	for _, b := range bools {
		fmt.Printf("(%s as fn(i32) -> bool, 0x%016x),\n", b.name, fnvBool(b.f))
	}
	runes := []struct {
		name string
		f    func(rune) rune
	}{
		{"to_upper", unicode.ToUpper}, {"to_lower", unicode.ToLower}, {"to_title", unicode.ToTitle},
		{"simple_fold", unicode.SimpleFold},
	}
	for _, r := range runes {
		fmt.Printf("(%s as fn(i32) -> i32, 0x%016x),\n", r.name, fnvRune(r.f))
	}
	fmt.Println("---")
	for _, r := range []rune{-1, 'A', 'z', 'ß', 'ẞ', 'ǅ', 'ǆ', 'Ǆ', 'ſ', 'k', 'K', '\u212a', 'µ', 'Σ', 'ς', 'ÿ', 'İ', 'ı', 0x10400, 0x1E922, '\u00a0', '\u0085', '\u2028', '5', '٣', 'Ⅻ', '½', '$', '\u0300', '\u00ad', 0xD800, 0x110000} {
		fmt.Printf("(%d, %d, %d, %d, %d, [%t, %t, %t, %t, %t, %t, %t, %t, %t, %t, %t, %t, %t]),\n", r,
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r),
			unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsSymbol(r),
			unicode.IsMark(r))
	}
}
