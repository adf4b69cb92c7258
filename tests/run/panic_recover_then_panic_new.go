package main

import (
	"fmt"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			panic(fmt.Sprintf("new panic after %v", r))
		}
	}()
	panic("original")
}
