package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p.X+q.Y)
	p.X = 10
	r := p
	r.Y = 20
	fmt.Println(p, r)
	fmt.Println(p == Point{10, 2}, p != r)
	per := Person{Name: "Ann", Age: 30}
	fmt.Println(per, per.Tags == nil)
	fmt.Printf("%v %+v\n", per, per)
	pp := &per
	pp.Age++
	fmt.Println(per.Age, (*pp).Name)
	var zero Person
	fmt.Printf("%q %d\n", zero.Name, zero.Age)
}
