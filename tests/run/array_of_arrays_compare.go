package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	c := b
	c[1][1] = 'X'
	fmt.Print(b, c)
	fmt.Println(b == c, b[0] == c[0])
	seen := map[Board]bool{b: true}
	fmt.Println(seen[c], seen[b])
	arr := [...]float64{1.5, 2.5}
	fmt.Println(len(arr), arr)
}
