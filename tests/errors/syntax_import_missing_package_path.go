package main

import "example.com/lib"
import "strngs"

func main() {
	lib.Run()
	strngs.ToUpper("x")
}
