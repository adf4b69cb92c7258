package main

import "fmt"

func main() {
	fmt.Printline("hello")
}
