package main

import (
	"fmt"
)

func main() {
	ps := make([]*int, 2)
	fmt.Println(*ps[1])
}
