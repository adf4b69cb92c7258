// Command gotokens dumps the tokens of a Go source file, one per line, as Go's own
// scanner (go/scanner) sees them. It produces the golden files tests/lexer/*.tokens
// that goscope's lexer (src/syntax/lexer.rs, function dump_tokens) must reproduce.
//
// Usage: go run tools/gotokens/main.go FILE
//
// Line format (columns are byte columns counted from 1, as cmd/compile reports them):
//
//	LINE:COL TOKEN LITERAL   for names and literals (IDENT, INT, FLOAT, IMAG, CHAR, STRING)
//	LINE:COL TOKEN           for keywords and operators, spelled as in Go source
//	LINE:COL ; ORIGIN        for semicolons; ORIGIN is semicolon, newline or EOF
//
// In LITERAL, a backslash is written \\, a newline \n and a carriage return \r, so
// that every token stays on one line. Literals are the source text verbatim: for raw
// strings the text is taken from the source, because go/scanner strips carriage
// returns from the literal it returns, and goscope's lexer keeps them.
//
// go/scanner and cmd/compile differ in one place that matters here: for a /*...*/
// comment that spans lines after a token that allows a semicolon, go/scanner places
// the inserted semicolon at the first newline inside the comment, while cmd/compile
// (cmd/compile/internal/syntax/scanner.go) places it at the start of the comment.
// goscope follows cmd/compile, whose positions appear in error messages, so this tool
// scans comments too and reports such a semicolon at the comment's start.
//
// The tool exits with status 1 if the file has lexical errors: golden inputs must be
// clean, because go/scanner's error recovery differs from cmd/compile's.
package main

import (
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"strings"
)

func escape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`)
	return r.Replace(s)
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gotokens FILE")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fset := token.NewFileSet()
	file := fset.AddFile(os.Args[1], fset.Base(), len(src))
	nerr := 0
	var s scanner.Scanner
	s.Init(file, src, func(pos token.Position, msg string) {
		fmt.Fprintf(os.Stderr, "%s: %s\n", pos, msg)
		nerr++
	}, scanner.ScanComments)

	var out strings.Builder
	// The most recent comment, to move a semicolon that go/scanner puts inside a
	// multi-line comment to the comment's start (cmd/compile's position).
	lastComment, lastCommentEnd := -1, -1
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		if tok == token.COMMENT {
			lastComment, lastCommentEnd = off, off+len(lit)
			continue
		}
		if tok == token.SEMICOLON && lit == "\n" && lastComment >= 0 && lastComment < off && off < lastCommentEnd {
			off = lastComment
		}
		p := fset.PositionFor(file.Pos(off), false)
		fmt.Fprintf(&out, "%d:%d ", p.Line, p.Column)
		switch {
		case tok == token.SEMICOLON && lit == "\n" && off == len(src):
			out.WriteString("; EOF")
		case tok == token.SEMICOLON && lit == "\n":
			out.WriteString("; newline")
		case tok == token.SEMICOLON:
			out.WriteString("; semicolon")
		case tok == token.STRING && lit[0] == '`':
			end := strings.IndexByte(string(src[off+1:]), '`')
			fmt.Fprintf(&out, "STRING %s", escape(string(src[off:off+1+end+1])))
		case tok.IsLiteral():
			fmt.Fprintf(&out, "%s %s", tok, escape(lit))
		default:
			out.WriteString(tok.String())
		}
		out.WriteByte('\n')
	}
	if nerr > 0 {
		os.Exit(1)
	}
	os.Stdout.WriteString(out.String())
}
