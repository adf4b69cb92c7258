package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	defer func() {
		fmt.Println("final recover:", recover())
	}()
	defer func() {
		fmt.Println("helper recover:", helper())
	}()
	panic("p")
}
