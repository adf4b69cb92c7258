package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t[0] = 20
	fmt.Println(s)
	u := t[1:4]
	fmt.Println(u, len(u), cap(u))
	fmt.Println(s[:0], s[8:], s[:])
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	m := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 99)
	fmt.Println(arr, sl)
	mat := [][]int{{1}, {2, 3}, {}}
	fmt.Println(mat, len(mat[2]))
}
