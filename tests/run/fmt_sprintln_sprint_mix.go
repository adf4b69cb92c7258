package main

import (
	"fmt"
)

func main() {
	s := fmt.Sprintln("a", 1, true, nil, 2.5, []int{1})
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, true, false, 3.0, "c"))
	fmt.Printf("%q\n", fmt.Sprint(1, 2.5, 'x', []string{"s"}, "end"))
}
