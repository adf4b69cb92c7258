package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
	Meta  map[string]int
	Next  *Line
}

func main() {
	l := Line{Point{1, 2}, Point{3, 4}, "l1", []string{"a"}, map[string]int{"k": 1}, nil}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v %#v\n", []Point{{1, 2}}, [2]bool{true}, map[string]Point{"o": {}})
	fmt.Printf("%v %#v\n", []interface{}{1, "a", nil, 2.5}, []interface{}{1, "a", nil})
	fmt.Printf("%v %#v %v\n", [][]int{{1}, {2, 3}}, []string(nil), []string{})
	fmt.Printf("%#v %#v %#v\n", map[string]int(nil), struct{}{}, &Point{})
	fmt.Printf("%d %x %s\n", []int{10, 11}, []int{10, 11}, []int{1})
	fmt.Printf("%v\n", &[]int{1})
	fmt.Printf("%v %v\n", &map[string]int{"a": 1}, &[2]string{"x", "y"})
}
