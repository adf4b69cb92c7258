package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	a := base[1:3:4]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 100)
	fmt.Println(base)
	a = append(a, 200)
	fmt.Println(base, a, cap(a))
	b := base[2:2:2]
	fmt.Println(b, len(b), cap(b))
	arr := [4]string{"w", "x", "y", "z"}
	c := arr[:2:3]
	fmt.Println(c, cap(c))
	d := base[:0:0]
	d = append(d, 7)
	fmt.Println(d, base[0])
}
