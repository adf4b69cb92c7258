package main

import (
	"fmt"
)

func main() {
	defer func() {
		defer func() {
			fmt.Println("nested recover:", recover())
		}()
		panic("from outer defer")
	}()
	fmt.Println("body")
}
