package main

import (
	"fmt"
)

type B struct{ ID int }
type D struct {
	B
	Name string
}

func main() {
	fmt.Printf("%v\n%+v\n%#v\n", D{B{1}, "d"}, D{B{2}, "e"}, D{})
}
