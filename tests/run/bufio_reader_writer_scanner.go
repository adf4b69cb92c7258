package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunkReader returns at most n bytes per Read and logs each call.
type chunkReader struct {
	s   string
	n   int
	log *[]int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	*r.log = append(*r.log, len(p))
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := min(r.n, len(p), len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

// countWriter logs each Write.
type countWriter struct {
	buf   bytes.Buffer
	sizes []int
}

func (w *countWriter) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	return w.buf.Write(p)
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 1, errors.New("boom") }

func main() {
	// Scanner: lines, words, runes, bytes, custom split.
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond\r\n\nlast without newline"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n delta\u00a0eps  "))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
		n++
	}
	fmt.Println(n)
	sc = bufio.NewScanner(strings.NewReader("aé\xff☺"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("xyz"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Text(), ".")
	}
	fmt.Println()
	csv := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("1,2,,3"))
	sc.Split(csv)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())
	var log []int
	sc = bufio.NewScanner(&chunkReader{s: strings.Repeat("x", 5000) + "\nshort\n", n: 3000, log: &log})
	for sc.Scan() {
		fmt.Print(len(sc.Text()), " ")
	}
	fmt.Println(sc.Err(), log)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 100) + "\n"))
	sc.Buffer(make([]byte, 10), 50)
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 5, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Split(bufio.ScanWords)
	}()

	// Reader.
	log = nil
	r := bufio.NewReaderSize(&chunkReader{s: "hello, world\nline two\r\nend", n: 5, log: &log}, 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	line, err := r.ReadString(',')
	fmt.Printf("%q %v\n", line, err)
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte(), r.UnreadByte())
	ru, size, _ := r.ReadRune()
	fmt.Println(string(ru), size, r.UnreadRune(), r.UnreadRune())
	lb, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", lb, isPrefix, err)
	lb, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", lb, isPrefix, err)
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err, log)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\nq"), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	full, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", full, err)
	d, err := r.Discard(5)
	fmt.Println(d, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	_, err = r.Peek(100)
	fmt.Println(err)
	r.Reset(strings.NewReader("reset data"))
	var sb strings.Builder
	wn, err := r.WriteTo(&sb)
	fmt.Println(wn, err, sb.String())
	r2 := bufio.NewReader(strings.NewReader("abc"))
	fmt.Println(bufio.NewReaderSize(r2, 100) == r2, bufio.NewReaderSize(r2, 10000) == r2)

	// Writer.
	cw := &countWriter{}
	w := bufio.NewWriterSize(cw, 8)
	fmt.Fprintf(w, "%d-%s", 12345, "ab")
	fmt.Println(w.Buffered(), w.Available(), cw.sizes)
	w.WriteString("0123456789abcdef")
	w.WriteByte('!')
	w.WriteRune('☺')
	fmt.Println(w.Buffered(), cw.sizes)
	w.Write([]byte("this write is longer than the buffer"))
	fmt.Println(w.Flush(), cw.sizes, cw.buf.String())
	ew := bufio.NewWriterSize(errWriter{}, 4)
	ew.WriteString("abcdefgh")
	fmt.Println(ew.Flush(), ew.Buffered())
	_, err = ew.WriteString("x")
	fmt.Println(err)
	nn, err := w.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(nn, err, w.Flush(), cw.buf.String())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintln(out, "buffered line", i)
	}
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString(' ')
	rw.WriteString("rw got " + s + "\n")
	rw.Flush()
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrBufferFull, bufio.ErrTooLong)
}
