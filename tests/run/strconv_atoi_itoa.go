package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	for _, s := range []string{"123", "-7", "+8", "abc", "", "12a", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	n, err := strconv.Atoi("42")
	fmt.Printf("%d %v %T\n", n, err, n)
	_, err = strconv.Atoi("x")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err)
	fmt.Println(ne.Err == strconv.ErrSyntax)
}
