package main

import "fmt"

func main() {
	name := "Ada"
	fmt.Println("hello" name)
}
