package main

import (
	"errors"
	"math"
	"unsafe"
)

func defineCases() {
	// Integers: every integer verb with flags, widths and precisions.
	intFmts := []string{"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%.3d", "%8.3d", "%08.3d",
		"%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%c", "%q", "%+q", "%#q", "%U", "%#U",
		"%#v", "%T", "%10T|", "%s", "%e", "%.0d", "%+.0d", "% x", "%#08x", "%+05d", "% 05d", "%5.0d|"}
	for _, v := range []any{0, 42, -42, int8(-128), int16(300), int32(0x1F600), int64(math.MinInt64), math.MaxInt64} {
		each(intFmts, v)
	}
	for _, v := range []any{uint(7), uint8(255), uint16(65535), uint32(0x10FFFF), uint64(math.MaxUint64), uintptr(0xdead)} {
		each([]string{"%v", "%d", "%x", "%#x", "%#v", "%o", "%b", "%c", "%q", "%U", "%#U", "%T", "%08b", "%+d"}, v)
	}
	each([]string{"%c", "%q", "%+q", "%U", "%#U", "%x"}, 0x110000)
	each([]string{"%c", "%q", "%+q", "%U", "%#U", "%#q"}, '\n')
	each([]string{"%c", "%q", "%+q", "%#U", "%#q"}, '☺')
	each([]string{"%q", "%+q", "%#U"}, 0x7f)
	each([]string{"%.6U", "%#.6U", "%-10U|", "%010U"}, 0x41)

	// Floats.
	floatFmts := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%.3e", "%.3g", "%10.3f|", "%-10.3f|",
		"%010.3f", "%+f", "% f", "%#g", "%#.3g", "%#v", "%x", "%X", "%#x", "%.3x", "%b", "%+.3e", "%08.2f", "%+08.2f",
		"%T", "%d", "%.30f", "%.20e", "%.17g", "%#.0f", "%#.0e", "%5.1g|"}
	for _, v := range []any{0.0, math.Copysign(0, -1), 1.0, -1.5, 100.0, 1e6, 123456789.0, 1e20, 1e21, 0.000001, 1e-7, 0.1,
		2.5, 3.5, 0.125, 1.0 / 3, math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		math.Inf(1), math.Inf(-1), math.NaN(), 9007199254740993.0, 5e-324, 123.456} {
		each(floatFmts, v)
	}
	for _, v := range []any{float32(0.1), float32(1.0 / 3), float32(1e20), float32(16777216), float32(math.MaxFloat32),
		float32(1e-45), float32(3.4e38), float32(-2.5)} {
		each([]string{"%v", "%g", "%e", "%f", "%.2f", "%x", "%b", "%#v", "%T", "%.10g"}, v)
	}
	each([]string{"%5.2f|", "%-8v|", "%08v", "%+v", "% v", "%+08.1f", "% 8.1e|"}, math.NaN())
	each([]string{"%5.2f|", "%-8v|", "%08v", "%+v", "% v", "%010f"}, math.Inf(1))
	each([]string{"%010f", "%-010f|"}, math.Inf(-1))

	// Complex numbers.
	for _, v := range []any{complex(1, 2), complex(-1.5, -0.25), complex64(complex(0.1, 3)), complex(math.Inf(1), math.NaN())} {
		each([]string{"%v", "%g", "%.2f", "%+.1e", "%#v", "%T", "%8.2f|", "%d", "%x"}, v)
	}

	// Booleans.
	each([]string{"%v", "%t", "%5t|", "%-6t|", "%#v", "%T", "%d", "%s", "%q"}, true)
	each([]string{"%v", "%t"}, false)

	// Strings and byte slices.
	strFmts := []string{"%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "% X", "%.2s", "%.1q", "%5s|",
		"%-5s|", "%05s", "%.3x", "%10x|", "%-10x|", "%#v", "%T", "%d", "%8.2s|"}
	for _, v := range []any{"", "hello", "héllo", "a\tb\n", "\x00\xff", "`back`", "日本語", "\u2028\ufeff", "\U0001F600"} {
		each(strFmts, v)
	}
	for _, v := range []any{[]byte("hi\x01"), []byte(nil), []byte{}, Bytes("named"), [3]byte{65, 66, 67}} {
		each([]string{"%v", "%s", "%q", "%x", "% X", "%#v", "%d", "%T", "%o", "%5s|"}, v)
	}
	each([]string{"%v", "%s", "%q", "%#v", "%x", "%T"}, Str("named str"))

	// Slices, arrays, maps, structs.
	for _, v := range []any{[]int{1, 2, 3}, []int(nil), []int{}, [2]bool{true, false}, []string{"a", "b c"},
		[]any{1, "x", nil, 2.5}, [][]int{{1}, {2, 3}}, []float64{0.5, math.NaN()}, []Named{1, 2}} {
		each([]string{"%v", "%+v", "%#v", "%d", "%x", "%q", "%T", "%5v", "%s", "%06.2f"}, v)
	}
	for _, v := range []any{map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int(nil), map[int]string{3: "c", -1: "z", 10: "t"},
		map[float64]int{math.NaN(): 1, -1: 2, math.Inf(1): 3, 0: 4}, map[bool]int{true: 1, false: 0},
		map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}, map[[2]int]string{{2, 1}: "x", {1, 9}: "y"},
		map[any]int{"s": 1, 2: 2, nil: 3, 1: 4, "a": 5}, map[string][]int{"x": {1}, "y": nil},
		map[complex128]bool{complex(1, 2): true, complex(1, 1): false, complex(0, 5): true}} {
		each([]string{"%v", "%+v", "%#v", "%d", "%T"}, v)
	}
	for _, v := range []any{Point{1, 2}, priv{3, "x"}, Embed{Point{1, 2}, 3}, struct{ A int }{5}, struct{}{},
		Rec{"r", []string{"t"}, map[string]int{"k": 1}, nil}, struct {
			A any
			B error
		}{}, Inner{Strg{1}, Strg{2}, Err{"e"}, Strg{3}}} {
		each([]string{"%v", "%+v", "%#v", "%d", "%s", "%T", "%x", "%10v|"}, v)
	}

	// Pointers.
	pt := &Point{3, 4}
	pi := new(int)
	*pi = 9
	each([]string{"%v", "%+v", "%#v", "%s", "%d", "%T"}, pt)
	each([]string{"%v", "%#v", "%T", "%d", "%s"}, []*Point{pt, nil})
	each([]string{"%v", "%#v", "%p", "%T", "%x", "%d"}, (*int)(nil))
	each([]string{"%v", "%p", "%#p", "%x", "%X", "%#v", "%20p|", "%-20v|", "%s", "%t", "%o", "%b"}, pi)
	each([]string{"%v", "%p", "%+v"}, &[]int{1, 2})
	each([]string{"%v", "%p", "%#v"}, &map[string]int{"a": 1})
	each([]string{"%v", "%p"}, &[2]string{"x", "y"})
	each([]string{"%v", "%#v", "%T", "%p"}, Rec{"r", nil, nil, pt})
	each([]string{"%p", "%v"}, []int{5, 6})
	each([]string{"%p", "%v", "%#v"}, map[int]int{1: 1})
	each([]string{"%v", "%#v", "%p", "%T"}, unsafe.Pointer(pi))
	each([]string{"%v", "%#v", "%p", "%T"}, unsafe.Pointer(nil))
	ch := make(chan int)
	each([]string{"%v", "%#v", "%p", "%T", "%d"}, ch)
	each([]string{"%v", "%#v", "%T"}, (chan string)(nil))
	fn := func(int) string { return "" }
	each([]string{"%v", "%#v", "%T", "%p"}, fn)
	each([]string{"%v", "%#v", "%T"}, (func())(nil))
	each([]string{"%p", "%d"}, 5)
	each([]string{"%p"}, "s")

	// Methods: Stringer, error, GoStringer, Formatter, panics, nil receivers.
	for _, v := range []any{Strg{7}, &PStrg{8}, PStrg{9}, Err{"x"}, &PErr{"y"}, Both(1), GoS(2), Fm(3), []Strg{{1}, {2}},
		map[Strg]Strg{{1}: {2}}, []error{Err{"a"}, nil}, Named(5), (*PStrg)(nil), (*PErr)(nil)} {
		each([]string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d", "%T", "%10v|", "%-10s|", "%.2s"}, v)
	}
	each([]string{"%v", "%s", "%d", "%#v", "%5v|"}, Panicky(1))
	each([]string{"%v", "%s", "%q"}, PanicErr(1))
	each([]string{"%v", "%s", "%+v", "%#v"}, (*NilRecv)(nil))
	each([]string{"%v", "%#v"}, []any{Panicky(2), 3})
	each([]string{"%v", "%+v", "%#v", "%d", "%-8.3x|", "%+#08.2v", "% d", "%[1]v"}, Fm(42))
	c("%v %v", Fm(1), []Fm{2, 3})
	c("%5v|%v", []Panicky{1, 2}, 3)
	c("%v", Inner{Strg{1}, Strg{2}, nil, Panicky(3)})

	// Argument indexes, star widths, and the error forms.
	c("%[2]d %[1]d", 1, 2)
	c("%[3]*.[2]*[1]f", 12.0, 2, 6)
	c("%[1]d %[1]x %#[1]o", 64)
	c("%d %d %#[1]x %#x", 16, 17)
	c("%[5]d", 1, 2)
	c("%[0]d", 1)
	c("%[x]d", 1)
	c("%[2]*d", 1, 5)
	c("%[-1]d", 1)
	c("%[1]", 1)
	c("%[]d", 1)
	c("%[3]*.[2]*[1]f|%d", 12.0, 2, 6)
	c("%.[2]d", 7, 3)
	c("%[2]3d", 1, 2)
	c("%*d|", 5, 42)
	c("%-*d|", 5, 42)
	c("%*d|", -5, 42)
	c("%.*f", 2, 3.14159)
	c("%.*f", -1, 3.14159)
	c("%*.*f|", 8, 3, 3.14159)
	c("%*d", "x", 1)
	c("%.*d", "x", 1)
	c("%*d", uint8(3), 1)
	c("%*d", 10000000, 1)
	c("%*d", int64(4), 7)
	c("%d", "hi")
	c("%d %d", 1)
	c("%d", 1, 2)
	c("%d", 1, "x", nil, 2.5)
	c("%s", nil)
	c("%d", nil)
	c("%v %T", nil, nil)
	c("%!", 1)
	c("%", 1)
	c("abc%")
	c("%z", 3)
	c("%z", "s")
	c("%z", []int{1})
	c("%z", Point{1, 2})
	c("%z", Strg{1})
	c("%!z", 3)
	c("%☺", 3)
	c("%\xff", 3)
	c("%%")
	c("%5%|")
	c("100%% %d%%", 5)
	c("%-+ #0d", 5)
	c("%.d", 0)
	c("%.f", 2.5)
	c("%10.4v|", "abcdefgh")
	c("%.50d", 1)
	c("%12345678d", 1)
	c("%.12345678d", 1)
	c("%.0x", 0)
	c("%#.0x|", 0)
	c("%06.0x|", 0)
	c("%w", Err{"x"})
	c("%w", 3)
	c("%v %s", []any{nil}, []any{nil})
	c("%d", []any{nil, 1})
	c("%x", []any{"ab", 10})
	c("no verbs")
	c("")
	c("%v", [][]string{{"a"}, nil})
	c("%v", struct {
		p *int
		q []int
	}{nil, nil})
	c("%+v", struct {
		a, b any
	}{1, "x"})

	// Sprint and Sprintln spacing.
	sp("a", "b", 1, 2, "c", 3.5, nil, nil, true)
	sp(1, 2)
	sp("a", 1, "b")
	sp(Str("x"), Str("y"), 1)
	sp(nil, "x", nil)
	sp()
	sp([]int{1}, map[string]int{"a": 1}, Point{1, 2}, &Point{3, 4})
	sp(Strg{1}, Err{"e"}, Panicky(1))
	spl("a", "b", 1, 2)
	spl()
	spl(nil, 1.5, float32(0.1), complex(1, -1), 'x', uint8(200))
	spl(Strg{1}, &Point{1, 2}, []byte("hi"))

	// Errorf and %w.
	e1, e2 := Err{"one"}, &PErr{"two"}
	ef("wrap: %w", e1)
	ef("wrap: %w and %w", e1, e2)
	ef("%w %w %[1]w", e1, e2)
	ef("%[2]w %[1]w", e1, e2)
	ef("%w", 5)
	ef("%w %w", 5, e1)
	ef("%v", e1)
	ef("%d %w", 3, errors.New("plain"))
	ef("%+w|%#w|%10w|", Err{"a"}, Err{"b"}, Err{"c"})
	ef("no wrap")
	ef("%w", nil)
}
