package main

import (
	"fmt"
)

type T struct{ X int }

func main() {
	var p *T
	fmt.Println("deref")
	fmt.Println(p.X)
}
