package main

import "fmt"

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0.5, 0}, {0, 2}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.Mul(Identity(2)))
	p := Identity(2)
	for range 5 {
		p = p.Mul(a)
	}
	fmt.Println(p)
	var grid [3][3]int
	for i := range 3 {
		for j := range 3 {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
}
