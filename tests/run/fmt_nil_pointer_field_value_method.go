package main

// fmt prints a nil pointer whose type has a value String/Error method as <nil>, also
// inside structs, slices and maps (Go's catchPanic), instead of failing.

import "fmt"

type D int64

func (d D) String() string { return fmt.Sprintf("D%d", int64(d)) }

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

type pair struct {
	A D
	B *D
	C *E
}

func main() {
	var p *D
	fmt.Println(p)
	fmt.Printf("%v %s %+v\n", pair{1, nil, nil}, pair{2, nil, nil}, pair{3, nil, nil})
	d := D(4)
	fmt.Printf("%v\n", pair{5, &d, &E{"x"}})
	fmt.Println([]*D{nil, &d}, map[string]*E{"k": nil})
	fmt.Printf("%d %x\n", pair{6, nil, nil}, []*D{nil})
}
