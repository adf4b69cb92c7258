package main

import (
	"fmt"
)

type T struct{}

func main() {
	var i interface{} = T{}
	s := i.(fmt.Stringer)
	fmt.Println(s)
}
