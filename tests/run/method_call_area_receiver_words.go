package main

// A method call's argument area holds the receiver's words as well as the arguments'
// (a three-word value receiver, then a pointer receiver, with a string argument last in
// the frame).

import "fmt"

type T struct {
	a uint64
	b int64
	p *int
}

func (t T) Format(layout string) string {
	return layout + fmt.Sprint(t.a, t.b, t.p == nil)
}

func (t *T) Append(b []byte, s string) []byte {
	t.a++
	return append(b, s...)
}

func main() {
	var t T
	fmt.Println(t.Format("abc"))
	fmt.Println(string(t.Append(nil, "xyz")), t.a)
}
