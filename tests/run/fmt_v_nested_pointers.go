package main

import "fmt"

type Inner struct{ V int }
type Outer struct {
	I  *Inner
	II **Inner
	S  []*Inner
}

func main() {
	in := &Inner{5}
	o := Outer{I: in, II: &in, S: []*Inner{in, nil}}
	s := fmt.Sprintf("%v", o)
	fmt.Println(len(s) > 0)
	fmt.Printf("%v\n", o.I)
	fmt.Printf("%+v\n", *o.I)
	var nilp *Inner
	fmt.Printf("%v %+v\n", nilp, nilp)
	fmt.Println(o.S[1] == nil, *o.S[0])
	fmt.Printf("%v\n", Outer{})
	fmt.Printf("%+v\n", Outer{})
}
