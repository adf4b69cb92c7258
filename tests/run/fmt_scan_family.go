package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Celsius float64
type Count int8
type Name string
type Blob []byte
type Flag bool
type Pair struct{ A, B int }

// Point scans itself as "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	r, _, err := state.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return errors.New("point: expected (")
	}
	_, err = fmt.Fscanf(state, "%d,%d)", &p.X, &p.Y)
	return err
}

// Word scans a token with Token.
type Word string

func (w *Word) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, func(r rune) bool { return r != ',' && r != ' ' && r != '\n' })
	wid, ok := state.Width()
	*w = Word(fmt.Sprintf("%s/%d/%v", tok, wid, ok))
	return err
}

func main() {
	var i int
	var i8 int8
	var u uint
	var u8 uint8
	var f32 float32
	var f64 float64
	var s string
	var b bool
	var c complex128
	var c64 complex64
	var bs []byte
	var r rune

	show := func(n int, err error, vals ...any) {
		fmt.Printf("%d %v |", n, err)
		for _, v := range vals {
			fmt.Printf(" %v", v)
		}
		fmt.Println()
	}

	n, err := fmt.Sscan("  12 -7 42 255 1.5 2.25e3 hello true (1+2i) 3-4i bytes", &i, &i8, &u, &u8, &f32, &f64, &s, &b, &c, &c64, &bs)
	show(n, err, i, i8, u, u8, f32, f64, s, b, c, c64, string(bs))
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, &u, &i8, &u8, &f64)
	show(n, err, i, u, i8, u8, f64)
	n, err = fmt.Sscan("128", &i8)
	show(n, err)
	n, err = fmt.Sscan("-1", &u)
	show(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	show(n, err)
	n, err = fmt.Sscan("abc", &i)
	show(n, err)
	n, err = fmt.Sscan("", &i)
	show(n, err)
	n, err = fmt.Sscan("1", &i, &s)
	show(n, err)
	n, err = fmt.Sscan("yes", &b)
	show(n, err, b)
	n, err = fmt.Sscan("T F tRuE fAlSe trux", &b, &b, &b, &b, &b)
	show(n, err, b)
	n, err = fmt.Sscan("1e400", &f64)
	show(n, err, f64)
	n, err = fmt.Sscan("1.5p3 0x1p-2 NaN -Inf", &f64, &f32, &c, &f64)
	show(n, err, f32, f64)
	n, err = fmt.Sscan("1\n\n2", &i, &u)
	show(n, err, i, u)

	// Sscanln: newlines end the scan.
	n, err = fmt.Sscanln("1 2\n3", &i, &u)
	show(n, err, i, u)
	n, err = fmt.Sscanln("1\n2", &i, &u)
	show(n, err, i, u)
	n, err = fmt.Sscanln("1 2 3", &i, &u)
	show(n, err, i, u)
	n, err = fmt.Sscanln("5 6   \n", &i, &u)
	show(n, err, i, u)
	n, err = fmt.Sscanln("", &i)
	show(n, err)

	// Sscanf.
	n, err = fmt.Sscanf("7-x", "%d-%s", &i, &s)
	show(n, err, i, s)
	n, err = fmt.Sscanf("age: 30, name: Bob", "age: %d, name: %s", &i, &s)
	show(n, err, i, s)
	n, err = fmt.Sscanf("ff 0755 101 Z", "%x %o %b %c", &i, &u, &i8, &r)
	show(n, err, i, u, i8, r)
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &u)
	show(n, err, i, u)
	n, err = fmt.Sscanf("100%", "%d%%", &i)
	show(n, err, i)
	n, err = fmt.Sscanf("1 2", "%d", &i)
	show(n, err, i)
	n, err = fmt.Sscanf("1", "%d %d", &i, &u)
	show(n, err, i)
	n, err = fmt.Sscanf("1", "%d", &i, &u)
	show(n, err)
	n, err = fmt.Sscanf("x1", "y%d", &i)
	show(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &u)
	show(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &u)
	show(n, err, i, u)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &u)
	show(n, err)
	n, err = fmt.Sscanf(`"quoted \"str\"" 48656c6c6f`, "%q %x", &s, &bs)
	show(n, err, s, string(bs))
	n, err = fmt.Sscanf("`raw` zz", "%q %x", &s, &bs)
	show(n, err, s)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	show(n, err, string(r))
	n, err = fmt.Sscanf("true", "%d", &b)
	show(n, err)
	n, err = fmt.Sscanf("3.5", "%d", &f64)
	show(n, err)
	n, err = fmt.Sscanf("hi", "%d", &s)
	show(n, err)
	n, err = fmt.Sscanf("5", "%", &i)
	show(n, err)
	n, err = fmt.Sscanf("abc", "%5s", &s)
	show(n, err, s)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &bs)
	show(n, err, s, string(bs))

	// Named types, through reflection in Go.
	var temp Celsius
	var cnt Count
	var name Name
	var blob Blob
	var flag Flag
	n, err = fmt.Sscan("36.6 -100 Ann cafe true", &temp, &cnt, &name, &blob, &flag)
	show(n, err, temp, cnt, name, string(blob), flag)
	n, err = fmt.Sscan("200", &cnt)
	show(n, err)
	var pair Pair
	n, err = fmt.Sscan("1", &pair)
	show(n, err)
	n, err = fmt.Sscan("1", i)
	show(n, err)
	var ints []int
	n, err = fmt.Sscan("1", &ints)
	show(n, err)
	var nilp *Celsius
	n, err = fmt.Sscan("1", nilp)
	show(n, err)

	// Scanner implementations.
	var p Point
	var w1, w2 Word
	n, err = fmt.Sscan("(3,4) alpha,beta", &p, &w1, &w2)
	show(n, err, p, w1, w2)
	n, err = fmt.Sscanf("abcdef", "%4v", &w1)
	show(n, err, w1)
	n, err = fmt.Sscan("[3,4]", &p)
	show(n, err)

	// Fscan* on readers with and without UnreadRune.
	rd := strings.NewReader("10 20\n30\n")
	n, err = fmt.Fscan(rd, &i, &u)
	show(n, err, i, u, rd.Len())
	n, err = fmt.Fscanln(rd, &i)
	show(n, err, i, rd.Len())
	n, err = fmt.Fscanln(rd, &i)
	show(n, err, i)
	buf := bytes.NewBufferString("1 2 3 4")
	n, err = fmt.Fscan(buf, &i)
	show(n, err, i, buf.Len())
	lr := io.LimitReader(strings.NewReader("5 6 7"), 3)
	n, err = fmt.Fscan(lr, &i, &u)
	show(n, err, i, u)
	n, err = fmt.Fscan(lr, &i)
	show(n, err, i)
	total := 0
	src := strings.NewReader("4\n1 2 3 4\n")
	var count int
	fmt.Fscan(src, &count)
	for k := 0; k < count; k++ {
		var v int
		fmt.Fscan(src, &v)
		total += v
	}
	fmt.Println("total", total)

	// No arguments: nothing is read.
	n, err = fmt.Scan()
	show(n, err)
}
