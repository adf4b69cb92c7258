package main

import "fmt"

func modify(a [3]int)     { a[0] = 100 }
func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	modify(a)
	fmt.Println(a)
	modifyPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{100, 2, 3}, a != b)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c, c[1] == "")
	var grid [2][3]int
	grid[1][2] = 7
	fmt.Println(grid, len(grid), len(grid[0]))
	p := &a
	fmt.Println(p[2], len(p))
	for i, v := range p {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	type pt struct{ x, y int }
	ps := [2]pt{{1, 2}, {3, 4}}
	qs := ps
	qs[0].x = 9
	fmt.Println(ps, qs, ps == qs)
}
