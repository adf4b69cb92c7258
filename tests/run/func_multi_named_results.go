package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func shadow() (n int) {
	n = 5
	{
		n := 10
		_ = n
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeDiv(9, 3))
	fmt.Println(shadow())
	_, r2 := divmod(10, 3)
	fmt.Println(r2)
}
