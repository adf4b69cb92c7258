package main

import "fmt"

func main() {
	a := 3.0
	b := 2.0
	fmt.Println(a/b, a*b, a-b, a+b)
	fmt.Println(1e21, 1e20, 1e-4, 1e-5, 123456789.0)
	fmt.Println(0.1+0.2, 100.0, -0.0, 2.5e-10)
	var z float64
	fmt.Println(1/z, -1/z, z/z)
	f := 3.99
	fmt.Println(float64(7)/2, int(f), int(-f))
	fmt.Println(1.0e6, 1e100, 5e-324)
}
