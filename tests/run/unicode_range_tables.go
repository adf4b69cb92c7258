package main

import (
	"fmt"
	"sort"
	"unicode"
)

// Every table of Go's unicode package: its shape, and membership of sample runes.

var samples = []rune{-1, 0, '\t', ' ', '!', '0', '9', 'A', 'Z', '_', 'a', 'z', 0x7F, 0x85, 0xA0, 0xAA,
	0xB5, 0xC0, 0xDF, 0xF7, 0xFF, 0x100, 0x131, 0x1C5, 0x2B0, 0x300, 0x345, 0x370, 0x3A3, 0x3C2, 0x410,
	0x531, 0x5D0, 0x600, 0x660, 0x6F0, 0x900, 0x966, 0xE01, 0x10A0, 0x1100, 0x16EE, 0x1E00, 0x1F88,
	0x2000, 0x200D, 0x2028, 0x2070, 0x20AC, 0x2160, 0x2190, 0x2460, 0x3000, 0x3041, 0x30A1, 0x3105,
	0x4E00, 0x9FFF, 0xA000, 0xAC00, 0xD7A3, 0xD800, 0xE000, 0xF900, 0xFB01, 0xFE0F, 0xFF10, 0xFF21,
	0xFFFD, 0x10000, 0x10400, 0x1D400, 0x1F600, 0x1F1E6, 0x20000, 0x2A700, 0x30000, 0xE0001, 0xE0100,
	0xF0000, 0x10FFFD, 0x10FFFF, 0x110000}

func show(kind string, m map[string]*unicode.RangeTable) {
	var names []string
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(kind, len(names))
	for _, k := range names {
		t := m[k]
		bits := make([]byte, len(samples))
		for i, r := range samples {
			bits[i] = '.'
			if unicode.Is(t, r) {
				bits[i] = '#'
			}
		}
		sum := 0
		for _, r := range t.R16 {
			sum += int(r.Lo) + int(r.Hi) + int(r.Stride)
		}
		for _, r := range t.R32 {
			sum += int(r.Lo) + int(r.Hi) + int(r.Stride)
		}
		fmt.Printf("%-24s %3d %3d %2d %9d %s\n", k, len(t.R16), len(t.R32), t.LatinOffset, sum, bits)
	}
}

func main() {
	show("Categories", unicode.Categories)
	show("Scripts", unicode.Scripts)
	show("Properties", unicode.Properties)
	show("FoldCategory", unicode.FoldCategory)
	show("FoldScript", unicode.FoldScript)
	fmt.Println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd,
		unicode.Scripts["Han"] == unicode.Han, unicode.Properties["STerm"] == unicode.Sentence_Terminal,
		unicode.Categories["Zs"] == unicode.Zs, unicode.Space == unicode.Z, unicode.Other == unicode.C)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[5] == unicode.Zs)
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1], unicode.Version)
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'ß', 'ǅ'} {
		fmt.Printf("%c %c %c %c | %c %c %c\n", r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r),
			unicode.AzeriCase.ToTitle(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek}, 'λ'),
		unicode.In('x'), unicode.Is(unicode.Han, -5), unicode.Is(unicode.Han, 0x7FFFFFFF))
	mine := &unicode.RangeTable{
		R16:         []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}, {Lo: 0x400, Hi: 0x4FF, Stride: 1}},
		R32:         []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
		LatinOffset: 1,
	}
	for _, r := range []rune{'a', 'b', 'c', 0x450, 0x10004, 0x10005} {
		fmt.Print(unicode.Is(mine, r), " ")
	}
	fmt.Println()
	sc := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'z', Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, 1}}}
	fmt.Println(string(sc.ToUpper('b')), string(sc.ToLower('b')), string(sc.ToTitle('b')), string(sc.ToUpper('é')))
	defer func() { fmt.Println("recovered:", recover()) }()
	unicode.Is(&unicode.RangeTable{R16: []unicode.Range16{{'a', 'z', 0}}}, 'q')
}
