package main

import (
	"fmt"
)

func main() {
	var i interface{}
	s := i.(fmt.Stringer)
	fmt.Println(s)
}
