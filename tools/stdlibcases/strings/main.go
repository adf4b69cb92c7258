// Command strings prints src/stdlib/strings/cases.txt, the expected results of Go's
// strings functions for the tests of src/stdlib/strings.rs:
//
//	cd tools/stdlibcases/strings && go run . > ../../../src/stdlib/strings/cases.txt
//
// Each line is a function name and its arguments, tab-separated, then "=>" and the result.
// Strings are written with every byte outside a safe printable set as \xNN; lists are
// [a,b,...]; multiple results are joined with ",".
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func enc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > 0x20 && c < 0x7f && !strings.ContainsRune("\\,[]=", rune(c)) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	if b.Len() == 0 {
		return "\\e" // the empty string, so that fields are never empty
	}
	return b.String()
}

func list(ss []string) string {
	if ss == nil {
		return "nil"
	}
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = enc(s)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func line(name string, args []string, result string) {
	fmt.Printf("%s\t%s\t=>\t%s\n", name, strings.Join(args, "\t"), result)
}

var inputs = []string{
	"", "a", "abc", "a,b,c", ",a,,b,", "héllo wörld", "  foo bar  baz  ",
	"\t\n\v\f\r x \u0085\u00a0y\u2000", "\xff", "a\xffb\xfe", "\xe2\x82", "x\xe2\x82",
	"世界世界", "ǅǆǄ ß ẞ", "aaaa", "ΣΑΣ σας", "\ufffd\xff", "K\u212a k", "İı",
	"abcabcab", "\xed\xa0\x80", "é\x80", "Hello, World!", " \u3000x\u3000 ",
}

var seps = []string{"", ",", "a", "aa", "ab", "b", "\xff", "é", " ", "世", "\ufffd", "abc", "\x80", "aaaaaaaaaaaaaaaaaaaaaaaaa"}

var preds = map[string]func(rune) bool{
	"is_space":  unicode.IsSpace,
	"is_letter": unicode.IsLetter,
	"is_upper":  unicode.IsUpper,
	"is_error":  func(r rune) bool { return r == unicode.ReplacementChar },
	"is_a":      func(r rune) bool { return r == 'a' },
}
var predNames = []string{"is_space", "is_letter", "is_upper", "is_error", "is_a"}

var maps = map[string]func(rune) rune{
	"upper":       unicode.ToUpper,
	"drop_vowels": func(r rune) rune { if strings.ContainsRune("aeiou", r) { return -1 }; return r },
	"a_invalid":   func(r rune) rune { if r == 'a' { return 0xD800 }; return r },
	"next":        func(r rune) rune { return r + 1 },
	"same":        func(r rune) rune { return r },
}
var mapNames = []string{"upper", "drop_vowels", "a_invalid", "next", "same"}

func main() {
	for _, s := range inputs {
		a := []string{enc(s)}
		line("fields", a, list(strings.Fields(s)))
		line("to_upper", a, enc(strings.ToUpper(s)))
		line("to_lower", a, enc(strings.ToLower(s)))
		line("to_title", a, enc(strings.ToTitle(s)))
		line("trim_space", a, enc(strings.TrimSpace(s)))
		for _, name := range predNames {
			f := preds[name]
			a := []string{enc(s), name}
			line("index_func", a, fmt.Sprint(strings.IndexFunc(s, f)))
			line("last_index_func", a, fmt.Sprint(strings.LastIndexFunc(s, f)))
			line("contains_func", a, fmt.Sprint(strings.ContainsFunc(s, f)))
			line("fields_func", a, list(strings.FieldsFunc(s, f)))
			line("trim_func", a, enc(strings.TrimFunc(s, f)))
			line("trim_left_func", a, enc(strings.TrimLeftFunc(s, f)))
			line("trim_right_func", a, enc(strings.TrimRightFunc(s, f)))
		}
		for _, name := range mapNames {
			line("map", []string{enc(s), name}, enc(strings.Map(maps[name], s)))
		}
		for _, r := range []rune{-1, 'a', ',', 0xFFFD, 0xD800, 0x110000, 'é', '世', 0x85, 'ß'} {
			a := []string{enc(s), fmt.Sprint(r)}
			line("index_rune", a, fmt.Sprint(strings.IndexRune(s, r)))
			line("contains_rune", a, fmt.Sprint(strings.ContainsRune(s, r)))
		}
		for _, c := range []byte{0, 'a', 0xff, ',', 0x80} {
			a := []string{enc(s), fmt.Sprint(c)}
			line("index_byte", a, fmt.Sprint(strings.IndexByte(s, c)))
			line("last_index_byte", a, fmt.Sprint(strings.LastIndexByte(s, c)))
		}
		for _, n := range []int{-1, 0, 1, 2, 3} {
			a := []string{enc(s), fmt.Sprint(n)}
			func() {
				defer func() {
					if e := recover(); e != nil {
						line("repeat", a, "panic:"+enc(fmt.Sprint(e)))
					}
				}()
				line("repeat", a, enc(strings.Repeat(s, n)))
			}()
		}
		for _, t := range inputs {
			line("equal_fold", []string{enc(s), enc(t)}, fmt.Sprint(strings.EqualFold(s, t)))
		}
		for _, sep := range append(append([]string{}, seps...), "a,b", "héllo", "\t", "\xe2\x82", "ab\xffb") {
			a := []string{enc(s), enc(sep)}
			line("contains", a, fmt.Sprint(strings.Contains(s, sep)))
			line("contains_any", a, fmt.Sprint(strings.ContainsAny(s, sep)))
			line("count", a, fmt.Sprint(strings.Count(s, sep)))
			b, af, ok := strings.Cut(s, sep)
			line("cut", a, enc(b)+","+enc(af)+","+fmt.Sprint(ok))
			r, ok := strings.CutPrefix(s, sep)
			line("cut_prefix", a, enc(r)+","+fmt.Sprint(ok))
			r, ok = strings.CutSuffix(s, sep)
			line("cut_suffix", a, enc(r)+","+fmt.Sprint(ok))
			line("has_prefix", a, fmt.Sprint(strings.HasPrefix(s, sep)))
			line("has_suffix", a, fmt.Sprint(strings.HasSuffix(s, sep)))
			line("index", a, fmt.Sprint(strings.Index(s, sep)))
			line("index_any", a, fmt.Sprint(strings.IndexAny(s, sep)))
			line("last_index", a, fmt.Sprint(strings.LastIndex(s, sep)))
			line("last_index_any", a, fmt.Sprint(strings.LastIndexAny(s, sep)))
			line("split", a, list(strings.Split(s, sep)))
			line("split_after", a, list(strings.SplitAfter(s, sep)))
			line("trim", a, enc(strings.Trim(s, sep)))
			line("trim_left", a, enc(strings.TrimLeft(s, sep)))
			line("trim_right", a, enc(strings.TrimRight(s, sep)))
			line("trim_prefix", a, enc(strings.TrimPrefix(s, sep)))
			line("trim_suffix", a, enc(strings.TrimSuffix(s, sep)))
			line("compare", a, fmt.Sprint(strings.Compare(s, sep)))
			line("join", a, enc(strings.Join(strings.Split(s, ","), sep)))
		}
		for _, sep := range seps {
			for _, n := range []int{-1, 0, 1, 2, 100} {
				a := []string{enc(s), enc(sep), fmt.Sprint(n)}
				line("split_n", a, list(strings.SplitN(s, sep, n)))
				line("split_after_n", a, list(strings.SplitAfterN(s, sep, n)))
				for _, nw := range []string{"", "XY"} {
					a := []string{enc(s), enc(sep), enc(nw), fmt.Sprint(n)}
					line("replace", a, enc(strings.Replace(s, sep, nw, n)))
				}
			}
			line("replace_all", []string{enc(s), enc(sep), "<>"}, enc(strings.ReplaceAll(s, sep, "<>")))
		}
		for _, args := range replacerArgs {
			line("replacer", []string{enc(s), list(args)}, enc(strings.NewReplacer(args...).Replace(s)))
		}
	}
	for _, args := range replacerArgs {
		for _, s := range []string{"abcabc", "aaa", "a\xffa", "cabbage", "xyz", "abab"} {
			line("replacer", []string{enc(s), list(args)}, enc(strings.NewReplacer(args...).Replace(s)))
		}
	}
	func() {
		defer func() { line("replacer_odd", []string{"a"}, "panic:"+enc(fmt.Sprint(recover()))) }()
		strings.NewReplacer("a")
	}()
	func() {
		defer func() { line("repeat", []string{"ab", "4611686018427387904"}, "panic:"+enc(fmt.Sprint(recover()))) }()
		strings.Repeat("ab", 1<<62)
	}()
}

var replacerArgs = [][]string{
	{},
	{"a", "1"},
	{"a", "1", "b", "2", "a", "3"},
	{"a", "A", "b", "BB", "a", ""},
	{"ab", "X"},
	{"", "-"},
	{"", "-", "a", "A"},
	{"a", "A", "", "-"},
	{"a", "1", "aa", "2", "aaa", "3"},
	{"aaa", "3", "aa", "2", "a", "1"},
	{"abc", "[abc]", "b", "[b]", "bc", "[bc]", "c", "[c]"},
	{"\xff", "ff", "é", "e"},
	{"ab", "ba", "ba", "ab"},
	{"a", "b", "b", "a"},
	{"ab", "1", "", "2", "ab", "3"},
	{"cab", "CAB", "ca", "CA", "bage", "BAGE", "b", "B"},
	{"", "", "a", ""},
	{"b", "", "", "+"},
	{",", "\xff", "世", "w"},
}
