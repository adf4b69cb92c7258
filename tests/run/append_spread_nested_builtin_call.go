package main

// append(x, y...) stays a spread append when its first argument contains another builtin
// call (len, append, cap) or a call with arguments.

import "fmt"

var alpha = "XYZ"

func pick(n int) int { return n - 2 }

func main() {
	b := []byte("abcdefgh")
	x := append([]byte{byte(len(alpha))}, b[3:]...)
	fmt.Printf("%q %d\n", x, len(x))
	b = append(b[:3], append([]byte{alpha[pick(len(alpha))]}, b[3:]...)...)
	fmt.Printf("%q %d\n", b, len(b))
	y := append(append([]int{cap(make([]int, 2, 5))}, 7), []int{8, 9}...)
	fmt.Println(y)
	s := append([]string{fmt.Sprint(len(alpha))}, []string{"p", "q"}...)
	fmt.Println(s, len(s))
	z := append([]byte(alpha[:len(alpha)-1]), alpha...)
	fmt.Printf("%q\n", z)
}
