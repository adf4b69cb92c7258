package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	x = ID(7)
	if st, ok := x.(Stringer); ok {
		fmt.Println(st.String())
	}
	id := x.(ID)
	fmt.Println(int(id) + 1)
	_, ok = x.(int)
	fmt.Println(ok)
	var empty interface{}
	_, ok = empty.(int)
	fmt.Println(ok)
	var st Stringer = ID(3)
	back, ok := st.(ID)
	fmt.Println(back, ok)
}
