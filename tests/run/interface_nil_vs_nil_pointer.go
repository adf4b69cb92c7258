package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func mayFail(fail bool) error {
	var p *E
	if fail {
		p = &E{}
	}
	return p
}

func realNil() error { return nil }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*E)(nil))
	fmt.Println(realNil() == nil)
	var i interface{}
	var p *int
	fmt.Println(i == nil)
	i = p
	fmt.Println(i == nil, i)
}
