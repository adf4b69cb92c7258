package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("oops") }

type NilP struct{ X int }

func (p *NilP) String() string { return fmt.Sprint("X=", p.X) }

func main() {
	fmt.Println(Bad{})
	var p *NilP
	fmt.Println(p)
	fmt.Printf("%s|%d\n", Bad{}, Bad{})
}
