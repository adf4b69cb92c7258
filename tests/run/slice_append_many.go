package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1, 2, 3)
	fmt.Println(len(s), cap(s))
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	var b []byte
	b = append(b, "abcdefghijklmnopq"...)
	fmt.Println(len(b), cap(b))
	var t []int64
	t = append(t, 1, 2, 3, 4, 5)
	fmt.Println(len(t), cap(t))
	u := []int{1, 2}
	u = append(u, u...)
	u = append(u, u...)
	fmt.Println(u, len(u), cap(u))
	var strs []string
	strs = append(strs, "a", "b", "c", "d", "e", "f", "g")
	fmt.Println(len(strs), cap(strs))
	fmt.Println(append([]int(nil)) == nil, len(append([]int{}, nil...)))
}
