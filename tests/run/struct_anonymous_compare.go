package main

import "fmt"

func main() {
	a := struct {
		N int
		S string
	}{1, "x"}
	b := struct {
		N int
		S string
	}{1, "x"}
	fmt.Println(a == b, a)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range pts {
		fmt.Print(p.X*p.Y, " ")
	}
	fmt.Println()
	type K struct {
		A int
		B string
	}
	m := map[K]int{{1, "a"}: 10}
	m[K{1, "a"}]++
	fmt.Println(m[K{1, "a"}], len(m))
	var e struct{}
	fmt.Println(e == struct{}{}, e)
	type Nested struct {
		Inner struct{ V int }
		Arr   [2]bool
	}
	n1 := Nested{}
	n2 := Nested{}
	n2.Inner.V = 0
	fmt.Println(n1 == n2)
	n2.Arr[1] = true
	fmt.Println(n1 == n2, n2)
}
