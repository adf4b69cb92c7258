package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	return "r"
}

func main() {
	fmt.Println(double())
	fmt.Println(wrapErr())
	fmt.Println(unnamed())
	fmt.Println(order())
}
