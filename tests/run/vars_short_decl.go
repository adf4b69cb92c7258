package main

import "fmt"

var global = 10
var (
	ga, gb = 1, "two"
	gc     float64
)

func pair() (int, string) { return 3, "three" }

func main() {
	var a int
	var b, c = 1, 2
	d := 4
	e, f := pair()
	e, g := 5, 6
	fmt.Println(a, b, c, d, e, f, g, global, ga, gb, gc)
	{
		global := "shadow"
		fmt.Println(global)
	}
	fmt.Println(global)
	if v := d * 2; v > 5 {
		fmt.Println("v", v)
	}
	var p *int
	var s []int
	var m map[string]int
	var i interface{}
	fmt.Println(p == nil, s == nil, m == nil, i == nil, len(s), len(m))
}
