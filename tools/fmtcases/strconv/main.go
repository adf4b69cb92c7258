// Command strconv runs Go's strconv on a table of cases and prints them, with Go's
// results, as the Rust file src/stdlib/strconv/cases.rs.
// Run in tools/fmtcases: go run ./strconv > ../../src/stdlib/strconv/cases.rs
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

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

func errLit(err error) string {
	if err == nil {
		return `b""`
	}
	return lit(err.Error())
}

var out strings.Builder

func emit(format string, a ...any) { fmt.Fprintf(&out, "        "+format+",\n", a...) }

func ff(v float64, f byte, prec, bits int) {
	emit("S::FormatFloat(%#x, b'%c', %d, %d, %s)", math.Float64bits(v), f, prec, bits, lit(strconv.FormatFloat(v, f, prec, bits)))
}

func pf(s string, bits int) {
	v, err := strconv.ParseFloat(s, bits)
	emit("S::ParseFloat(%s, %d, %#x, %s)", lit(s), bits, math.Float64bits(v), errLit(err))
}

func pi(s string, base, bits int) {
	v, err := strconv.ParseInt(s, base, bits)
	emit("S::ParseInt(%s, %d, %d, %d, %s)", lit(s), base, bits, v, errLit(err))
}

func pu(s string, base, bits int) {
	v, err := strconv.ParseUint(s, base, bits)
	emit("S::ParseUint(%s, %d, %d, %d, %s)", lit(s), base, bits, v, errLit(err))
}

func main() {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e22, 1e23,
		123456789, 0.000001, 1e-7, 1.5e-5, 123.456, 2.5, 0.5, 1.5, 5e-324, 1e-320, 2.2250738585072014e-308,
		math.MaxFloat64, 9007199254740993, 4503599627370496.5, 1e15, 1e16, 1e17, 3.0e-10, 7.0e22,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, -math.Pi, 0.30000000000000004, 1.7976931348623157e308,
		8.41e21, 5.0e-324 * 3, 1 << 62, 65536, 0.000123456}
	type fp struct {
		f    byte
		prec int
	}
	fmts := []fp{{'g', -1}, {'e', -1}, {'f', -1}, {'G', -1}, {'E', -1}, {'b', -1}, {'x', -1}, {'X', -1}, {'e', 3}, {'f', 2},
		{'g', 3}, {'g', 0}, {'e', 0}, {'f', 0}, {'x', 0}, {'x', 3}, {'f', 20}, {'e', 25}, {'g', 25}, {'x', 20}, {'z', -1}}
	for _, v := range floats {
		for _, f := range fmts {
			ff(v, f.f, f.prec, 64)
		}
	}
	for _, v := range []float64{float64(float32(0.1)), float64(float32(1.0 / 3)), 1e20, 16777217, float64(math.MaxFloat32),
		1e-45, float64(float32(math.SmallestNonzeroFloat32)), 3.4e38, 1e39, float64(float32(2.5)), 1.1, -0.0} {
		for _, f := range []fp{{'g', -1}, {'e', -1}, {'f', -1}, {'b', -1}, {'x', -1}, {'e', 5}, {'f', 10}, {'g', 12}} {
			ff(v, f.f, f.prec, 32)
		}
	}
	for _, p := range []int{0, 1, 2, 5, 10, 16, 17, 18, 19, 30, 60, 100} {
		ff(1.0/3, 'e', p, 64)
		ff(2.5e-300, 'g', p, 64)
		ff(1e23, 'f', p, 64)
		ff(0.125, 'f', p, 64)
		ff(float64(float32(0.1)), 'g', p, 32)
	}
	ff(0.5, 'f', 0, 64)
	ff(1.5, 'f', 0, 64)
	ff(2.5, 'f', 0, 64)
	ff(-0.5, 'f', 0, 64)
	ff(0.05, 'f', 1, 64)
	ff(0.15, 'f', 1, 64)
	ff(0.25, 'f', 1, 64)
	ff(1e100, 'f', -1, 64)
	ff(1.0, 'x', 14, 64)
	ff(1.9999999999999998, 'x', 0, 64)
	ff(1.9999999999999998, 'x', 12, 64)

	for _, s := range []string{"0", "1", "-1", "+1", "1.5", ".5", "5.", "1e10", "1E-10", "1e", "e1", "1e+", "", ".", "-", "+",
		"inf", "+Inf", "-INF", "infinity", "-Infinity", "infinit", "infx", "nan", "NaN", "+nan", "-nan", "nanx",
		"0x1p-2", "0x1.8p1", "0X1P+3", "0x1", "0x.8p1", "0x1p", "0x_1p0", "0x1_0p0", "1_000.5", "1__0", "_1", "1_",
		"1e1_0", "0.1", "0.3", "1e308", "1e309", "-1e309", "1e-400", "2e-324", "3e-324", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"123456789012345678901234567890", "0.000000000000000000000000000001", "9007199254740993",
		"9007199254740993.0000000000000000000000001", "1e99999999", "1e-99999999", "0e99999", "00001", "0x1.fffffffffffffp1023",
		"0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x10000000000000000000p0", "1.5x", " 1", "1 ",
		"0b101", "0o17", "1.2.3", "1e2e3", "+-1", "++1", "3.4028235e38", "3.4028236e38", "1e-46", "7e-46", "0x1p128"} {
		pf(s, 64)
		pf(s, 32)
	}

	for _, s := range []string{"0", "1", "-1", "+5", "123", "-123", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "99999999999999999999", "", "-", "+", "12a", "0x1f", "0X1F", "0b101",
		"0o17", "017", "0", "1_000", "1__000", "_1000", "1000_", "0x_1f", "0_17", "1_0", " 1", "z", "Z", "0x", "0b", "-0x80"} {
		pi(s, 0, 64)
		pi(s, 10, 64)
	}
	for _, s := range []string{"127", "128", "-128", "-129", "255", "ff", "FF", "zz", "101"} {
		pi(s, 16, 8)
		pi(s, 10, 8)
		pi(s, 36, 16)
		pi(s, 2, 32)
		pu(s, 10, 8)
		pu(s, 16, 8)
	}
	pi("1", 1, 64)
	pi("1", 37, 64)
	pi("1", 10, 65)
	pi("1", 10, -1)
	pi("-1", 10, 0)
	pu("1", 10, 65)
	pu("1", 99, 64)
	pu("-1", 10, 64)
	pu("18446744073709551615", 10, 64)
	pu("18446744073709551616", 10, 64)
	pu("0xFFFFFFFFFFFFFFFF", 0, 64)
	pu("", 10, 64)
	pu("1_000", 0, 0)
	pu("1_000", 10, 0)

	for _, s := range []string{"0", "42", "-42", "+7", "", "-", "+", "1a", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "123456789012345678901", "0x10", " 1", "1_0", "007"} {
		v, err := strconv.Atoi(s)
		emit("S::Atoi(%s, %d, %s)", lit(s), v, errLit(err))
	}
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "tRUE", "yes", ""} {
		v, err := strconv.ParseBool(s)
		emit("S::ParseBool(%s, %v, %s)", lit(s), v, errLit(err))
	}
	for _, v := range []int64{0, 1, -1, 35, 36, 255, -255, math.MaxInt64, math.MinInt64, 1 << 40} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			emit("S::FormatInt(%d, %d, %s)", v, base, lit(strconv.FormatInt(v, base)))
		}
	}
	for _, v := range []uint64{0, 7, math.MaxUint64, 1 << 63} {
		for _, base := range []int{2, 10, 16, 36} {
			emit("S::FormatUint(%d, %d, %s)", v, base, lit(strconv.FormatUint(v, base)))
		}
	}
	for _, s := range []string{"", "abc", "a\"b", "a\\b", "\a\b\f\n\r\t\v", "\x00\x1f\x7f", "héllo", "日本", "\xff\xfe", "\xe2\x82",
		"\u00a0", "\u2028", "\ufeff", "\U0001F600", "\U000E0001", "`", "'", "\u0378", "\xed\xa0\x80", "\U0010ffff"} {
		emit("S::Quote(%s, %s, %s, %v)", lit(s), lit(strconv.Quote(s)), lit(strconv.QuoteToASCII(s)), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '☺', 0x1F600, 0xFFFD, 0xD800, 0x110000, -1, 0xa0, 0xE0001} {
		emit("S::QuoteRune(%d, %s, %s)", r, lit(strconv.QuoteRune(r)), lit(strconv.QuoteRuneToASCII(r)))
	}
	for _, s := range []string{`"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `'a'`, `'\''`, `'ab'`, `''`, "`raw\\n`",
		"`a\rb`", `"unterminated`, `"a"b"`, `"\q"`, `"\'"`, `'\"'`, `"\400"`, `"\xff"`, `"\ud800"`, "\"a\nb\"", `"é"`, `'é'`,
		`'\xff'`, `"`, `x`, `"\u12"`, `"\U00110000"`, "'\xff'", "\"\xff\"", `"\\"`, `'\377'`, "``", "`a`b`"} {
		v, err := strconv.Unquote(s)
		emit("S::Unquote(%s, %s, %v)", lit(s), lit(v), err == nil)
	}

	// Pseudo-random values (fixed seed) to compare shortest and fixed digits at scale.
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 600; i++ {
		v := math.Float64frombits(rng.Uint64())
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		ff(v, 'g', -1, 64)
		ff(v, 'e', rng.Intn(20), 64)
		v32 := float64(math.Float32frombits(rng.Uint32()))
		ff(v32, 'g', -1, 32)
		ff(v32, 'e', rng.Intn(12), 32)
		w := rng.NormFloat64() * math.Pow(10, float64(rng.Intn(40)-20))
		ff(w, 'g', -1, 64)
		ff(w, 'f', rng.Intn(25), 64)
		digits := strconv.FormatInt(rng.Int63(), 10) + strconv.FormatInt(rng.Int63(), 10)
		s := digits[:1+rng.Intn(len(digits)-1)] + "e" + strconv.Itoa(rng.Intn(700)-350)
		pf(s, 64)
		pf(s, 32)
	}

	fmt.Print("//! Go strconv cases with Go's own results, generated by `tools/fmtcases/strconv` (go1.23.5);\n")
	fmt.Print("//! do not edit by hand: CI has no Go, so the expected values live here.\n\n")
	fmt.Print("use super::tests::S;\n\n/// The generated cases.\n#[rustfmt::skip]\npub(super) fn cases() -> Vec<S> {\n    vec![\n")
	fmt.Print(out.String())
	fmt.Print("    ]\n}\n")
}
