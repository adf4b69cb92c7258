package main

import (
	"fmt"
)

func main() {
	var i interface{} = "hello"
	n := i.(int)
	fmt.Println(n)
}
