package main

import (
	"fmt"
)

func main() {
	var i interface{}
	fmt.Println(i.(string))
}
