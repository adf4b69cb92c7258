package main

import (
	"fmt"
)

type P struct{ X int }

func main() {
	ps := []*P{{1}, nil}
	fmt.Println(len(fmt.Sprint(ps)) > 0, *ps[0], ps[1])
	fmt.Printf("%v %+v\n", ps[0], ps[0])
	fmt.Printf("%s\n", fmt.Sprint(ps[0]))
}
