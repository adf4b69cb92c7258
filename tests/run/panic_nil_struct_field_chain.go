package main

import (
	"fmt"
)

type B struct{ C int }
type A struct{ B *B }

func main() {
	a := &A{}
	fmt.Println(a.B.C)
}
