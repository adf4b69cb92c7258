package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 6, 42)
	fmt.Printf("[%-*d]\n", 6, 42)
	fmt.Printf("[%*d]\n", -6, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 3.14159)
	fmt.Printf("[%[2]*[1]d]\n", 12, 5)
	fmt.Printf("[%[1]d %[1]x %[1]o %[1]q]\n", 65)
	fmt.Printf("[%[3]s %[1]s %s]\n", "a", "b", "c")
	fmt.Printf("[%6.2s]\n", "abcdef")
	fmt.Printf("[%-08.3f]\n", -1.5)
	fmt.Printf("[%+08d] [% 08d]\n", 42, 42)
}
