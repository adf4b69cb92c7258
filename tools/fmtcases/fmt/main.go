// Command fmt runs Go's fmt on a table of cases and prints them, with Go's output, as the
// Rust file src/stdlib/fmt/cases.rs. Each argument is described by reflection as a
// TV constructor (kind, type string, data, method results), so the Rust engine sees the
// same values. Run in tools/fmtcases: go run ./fmt > ../../src/stdlib/fmt/cases.rs
package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"unsafe"
)

type Point struct{ X, Y int }
type priv struct {
	a int
	B string
}
type Named int
type Str string
type Bytes []byte
type Strg struct{ N int }

func (s Strg) String() string { return fmt.Sprintf("Strg<%d>", s.N) }

type PStrg struct{ N int }

func (s *PStrg) String() string { return fmt.Sprintf("PStrg<%d>", s.N) }

type Err struct{ Msg string }

func (e Err) Error() string { return "err: " + e.Msg }

type PErr struct{ Msg string }

func (e *PErr) Error() string { return "perr: " + e.Msg }

type Both int

func (b Both) Error() string  { return "both-error" }
func (b Both) String() string { return "both-string" }

type GoS int

func (g GoS) GoString() string { return "GoS!" }
func (g GoS) String() string   { return "GoS-string" }

type Panicky int

func (p Panicky) String() string { panic("boom") }

type PanicErr int

func (p PanicErr) Error() string { panic(Err{"inner"}) }

type NilRecv struct{ s string }

func (n *NilRecv) String() string { return n.s }

type Fm int

func (f Fm) Format(s fmt.State, c rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "Fm[%c %d/%v %d/%v %v%v%v%v%v %s]%d", c, w, wok, p, pok,
		s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'), fmt.FormatString(s, c), int(f))
}

type Inner struct {
	S Strg
	p Strg
	E error
	A any
}
type Embed struct {
	Point
	Z int
}
type Rec struct {
	Name string
	Tags []string
	M    map[string]int
	P    *Point
}
type Key struct {
	A int
	B string
}

var kinds = map[reflect.Kind]string{
	reflect.Bool: "Bool", reflect.Int: "Int", reflect.Int8: "Int8", reflect.Int16: "Int16",
	reflect.Int32: "Int32", reflect.Int64: "Int64", reflect.Uint: "Uint", reflect.Uint8: "Uint8",
	reflect.Uint16: "Uint16", reflect.Uint32: "Uint32", reflect.Uint64: "Uint64",
	reflect.Uintptr: "Uintptr", reflect.Float32: "Float32", reflect.Float64: "Float64",
	reflect.Complex64: "Complex64", reflect.Complex128: "Complex128", reflect.String: "String",
	reflect.Pointer: "Pointer", reflect.UnsafePointer: "UnsafePointer", reflect.Slice: "Slice",
	reflect.Array: "Array", reflect.Struct: "Struct", reflect.Map: "Map",
	reflect.Interface: "Interface", reflect.Func: "Func", reflect.Chan: "Chan",
}

// lit renders bytes as a Rust byte-string literal.
func lit(s string) string {
	var b strings.Builder
	b.WriteString(`b"`)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, `\x%02x`, c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func call(f func() string) (res string, panicked bool, pv any) {
	defer func() {
		if r := recover(); r != nil {
			panicked, pv = true, r
		}
	}()
	return f(), false, nil
}

func methods(v reflect.Value) string {
	if !v.IsValid() || !v.CanInterface() {
		return ""
	}
	x := v.Interface()
	var out strings.Builder
	add := func(name string, f func() string) {
		res, panicked, pv := call(f)
		if panicked {
			fmt.Fprintf(&out, ".mp(M::%s, %s)", name, expr(reflect.ValueOf(pv), 0))
		} else {
			fmt.Fprintf(&out, ".m(M::%s, %s)", name, lit(res))
		}
	}
	if _, ok := x.(fmt.Formatter); ok {
		out.WriteString(".fmtr()")
	}
	if e, ok := x.(error); ok {
		add("Error", e.Error)
	}
	if s, ok := x.(fmt.Stringer); ok {
		add("String", s.String)
	}
	if g, ok := x.(fmt.GoStringer); ok {
		add("GoString", g.GoString)
	}
	return out.String()
}

// expr describes v as a Rust TV constructor.
func expr(v reflect.Value, depth int) string {
	if !v.IsValid() {
		return "nil()"
	}
	if depth > 8 {
		panic("too deep")
	}
	t := v.Type()
	head := fmt.Sprintf("t(K::%s, %q, ", kinds[v.Kind()], t.String())
	var data string
	switch v.Kind() {
	case reflect.Bool:
		data = fmt.Sprintf("D::B(%v)", v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		data = fmt.Sprintf("D::I(%d)", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		data = fmt.Sprintf("D::U(%d)", v.Uint())
	case reflect.Float32, reflect.Float64:
		data = fmt.Sprintf("D::F(f64::from_bits(%#x))", math.Float64bits(v.Float()))
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		data = fmt.Sprintf("D::C(f64::from_bits(%#x), f64::from_bits(%#x))", math.Float64bits(real(c)), math.Float64bits(imag(c)))
	case reflect.String:
		data = fmt.Sprintf("D::S(%s.to_vec())", lit(v.String()))
	case reflect.Slice, reflect.Array:
		var items []string
		for i := 0; i < v.Len(); i++ {
			items = append(items, expr(v.Index(i), depth+1))
		}
		nil_ := v.Kind() == reflect.Slice && v.IsNil()
		addr := uintptr(0)
		if v.Kind() == reflect.Slice {
			addr = v.Pointer()
		}
		data = fmt.Sprintf("D::Seq(K::%s, %v, %#x, vec![%s])", kinds[t.Elem().Kind()], nil_, addr, strings.Join(items, ", "))
	case reflect.Struct:
		var fs []string
		for i := 0; i < v.NumField(); i++ {
			sf := t.Field(i)
			fs = append(fs, fmt.Sprintf("(%q, %v, %s)", sf.Name, sf.IsExported(), expr(v.Field(i), depth+1)))
		}
		data = fmt.Sprintf("D::Struct(vec![%s])", strings.Join(fs, ", "))
	case reflect.Map:
		var es []string
		iter := v.MapRange()
		for iter.Next() {
			es = append(es, fmt.Sprintf("(%s, %s)", expr(iter.Key(), depth+1), expr(iter.Value(), depth+1)))
		}
		data = fmt.Sprintf("D::Map(%v, %#x, vec![%s])", v.IsNil(), v.Pointer(), strings.Join(es, ", "))
	case reflect.Pointer:
		target := "None"
		if !v.IsNil() {
			target = "Some(Box::new(" + expr(v.Elem(), depth+1) + "))"
		}
		data = fmt.Sprintf("D::Ptr(%#x, %s)", v.Pointer(), target)
	case reflect.Interface:
		inner := "None"
		if !v.IsNil() {
			e := v.Elem()
			inner = fmt.Sprintf("Some(Box::new(%s.tid(%#x)))", expr(e, depth+1), reflect.ValueOf(e.Type()).Pointer())
		}
		data = fmt.Sprintf("D::Iface(%s)", inner)
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		data = fmt.Sprintf("D::Addr(%#x)", v.Pointer())
	}
	return head + data + ")" + methods(v)
}

type mode int

const (
	printf mode = iota
	sprint
	sprintln
	errorf
)

type tcase struct {
	m    mode
	f    string
	args []any
}

var cases []tcase

func c(f string, a ...any)   { cases = append(cases, tcase{printf, f, a}) }
func sp(a ...any)            { cases = append(cases, tcase{sprint, "", a}) }
func spl(a ...any)           { cases = append(cases, tcase{sprintln, "", a}) }
func ef(f string, a ...any)  { cases = append(cases, tcase{errorf, f, a}) }
func each(fs []string, a any) {
	for _, f := range fs {
		c(f, a)
	}
}

func main() {
	defineCases()
	var b strings.Builder
	b.WriteString("//! Go fmt cases with Go's own output, generated by `tools/fmtcases/fmt` (go1.23.5);\n")
	b.WriteString("//! do not edit by hand: CI has no Go, so the expected strings live here.\n\n")
	b.WriteString("use super::tests::{Case, D, K, M, Mode, nil, t};\n\n")
	b.WriteString("/// The generated cases.\n#[rustfmt::skip]\npub(super) fn cases() -> Vec<Case> {\n    vec![\n")
	for _, tc := range cases {
		var args []string
		for i := range tc.args {
			args = append(args, expr(reflect.ValueOf(&tc.args[i]).Elem().Elem(), 0))
		}
		var out string
		wrapped := ""
		switch tc.m {
		case printf:
			out = fmt.Sprintf(tc.f, tc.args...)
		case sprint:
			out = fmt.Sprint(tc.args...)
		case sprintln:
			out = fmt.Sprintln(tc.args...)
		case errorf:
			err := fmt.Errorf(tc.f, tc.args...)
			out = err.Error()
			var ws []error
			switch u := err.(type) {
			case interface{ Unwrap() error }:
				if e := u.Unwrap(); e != nil {
					ws = []error{e}
				}
			case interface{ Unwrap() []error }:
				ws = u.Unwrap()
			}
			var idx []string
			for _, w := range ws {
				for i, a := range tc.args {
					if ae, ok := a.(error); ok && ae == w {
						idx = append(idx, fmt.Sprint(i))
						break
					}
				}
			}
			wrapped = strings.Join(idx, ", ")
		}
		fmt.Fprintf(&b, "        Case { mode: Mode::%s, format: %s, args: vec![%s], want: %s, wrapped: vec![%s] },\n",
			[]string{"Printf", "Sprint", "Sprintln", "Errorf"}[tc.m], lit(tc.f), strings.Join(args, ", "), lit(out), wrapped)
	}
	b.WriteString("    ]\n}\n")
	fmt.Print(b.String())
}

var _ = unsafe.Pointer(nil)
var _ = errors.New
