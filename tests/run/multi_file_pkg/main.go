package main

import "fmt"

func main() {
	fmt.Println(greet("gopher"))
	s := NewStack()
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop(), s.Len(), version)
}
