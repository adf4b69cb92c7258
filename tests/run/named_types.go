package main

import "fmt"

type Meters float64
type Feet float64
type IntList []int
type Grid [2][2]int

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func main() {
	m := Meters(10)
	fmt.Println(m, m.ToFeet())
	fmt.Printf("%T %T\n", m, m.ToFeet())
	l := IntList{1, 2, 3}
	l = append(l, 4)
	fmt.Println(l.Sum(), len(l))
	fmt.Printf("%T %v\n", l, l)
	var g Grid
	g[1][0] = 5
	fmt.Printf("%T %v\n", g, g)
	var plain []int = l
	fmt.Println(plain)
}
