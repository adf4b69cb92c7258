package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// upperWriter records each Write call.
type upperWriter struct{ calls []string }

func (w *upperWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, strings.ToUpper(string(p)))
	return len(p), nil
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// oneByteReader returns one byte per Read.
type oneByteReader struct{ s string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func main() {
	// strings.Reader, method by method.
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Len())
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	buf := make([]byte, 5)
	n, err := r.ReadAt(buf, 7)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, -1)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, 100)
	fmt.Println(n, err)
	r.Reset("again")
	var sb strings.Builder
	wn, err := r.WriteTo(&sb)
	fmt.Println(wn, err, sb.String(), r.Len())
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err)

	// bytes.Reader.
	br := bytes.NewReader([]byte("abc"))
	fmt.Println(br.UnreadRune())
	br.ReadRune()
	fmt.Println(br.UnreadRune(), br.UnreadRune())
	var bb bytes.Buffer
	wn, err = br.WriteTo(&bb)
	fmt.Println(wn, err, bb.String())

	// io helpers.
	full := make([]byte, 4)
	n, err = io.ReadFull(strings.NewReader("ab"), full)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 5)
	fmt.Println(n, err)
	var out bytes.Buffer
	cn, err := io.Copy(&out, io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(cn, err, out.String())
	cn, err = io.CopyN(&out, strings.NewReader("xyz"), 5)
	fmt.Println(cn, err, out.String())
	cn, err = io.CopyN(&out, &oneByteReader{"hello"}, 3)
	fmt.Println(cn, err, out.String())
	uw := &upperWriter{}
	cn, err = io.Copy(uw, &oneByteReader{"abc"})
	fmt.Println(cn, err, uw.calls)
	cn, err = io.CopyBuffer(uw, io.MultiReader(&oneByteReader{"de"}, strings.NewReader("fg")), make([]byte, 1))
	fmt.Println(cn, err, uw.calls)
	cn, err = io.Copy(&failWriter{3}, &oneByteReader{"abcdef"})
	fmt.Println(cn, err)
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprintf(mw, "x=%d", 42)
	io.WriteString(mw, "!")
	fmt.Println(w1.String(), w2.String())
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &tee)
	all, _ = io.ReadAll(tr)
	fmt.Println(string(all), tee.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ = io.ReadAll(sr)
	fmt.Println(string(all), sr.Size())
	p, err := sr.Seek(1, io.SeekStart)
	fmt.Println(p, err)
	n, err = sr.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	_, err = sr.Seek(-10, io.SeekCurrent)
	fmt.Println(err)
	ra, off, nn := sr.Outer()
	fmt.Println(ra != nil, off, nn)
	dn, err := io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(dn, err)
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println(isWT)
	lr := &io.LimitedReader{R: strings.NewReader("limited"), N: 3}
	all, _ = io.ReadAll(lr)
	fmt.Println(string(all), lr.N)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress)
	n, err = fmt.Fprintf(&failWriter{2}, "abc%d", 123)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(&failWriter{20}, "fits")
	fmt.Println(n, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	io.CopyBuffer(&out, strings.NewReader("x"), []byte{})
}
