package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PS struct{ N int }

func (p *PS) String() string { return fmt.Sprint("PS#", p.N) }

type Err struct{ Code int }

func (e Err) Error() string { return fmt.Sprintf("err code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v %s %d %q %x\n", Color(1), Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1}, map[Color]int{1: 5})
	fmt.Println(PS{1}, &PS{2})
	fmt.Printf("%v %+v\n", Err{3}, Err{4})
	fmt.Printf("%#v\n", Err{5})
	var e error = Err{6}
	fmt.Println(e, Both{})
	fmt.Println(errors.New("plain"))
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Printf("%10v|%-12s|\n", Color(0), Color(1))
	type wrap struct{ C Color }
	fmt.Printf("%v %+v\n", wrap{1}, wrap{0})
}
