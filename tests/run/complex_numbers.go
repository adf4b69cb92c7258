package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 + 4i
	fmt.Println(c, d, c+d, c*d, d/c)
	fmt.Println(real(d), imag(d))
	var c64 complex64 = complex64(c)
	fmt.Println(c64, c64*c64)
	fmt.Printf("%T %T %v\n", c, c64, c == complex(1, 2))
	fmt.Printf("%.2f %8.1f\n", d, c)
	var z complex128
	fmt.Println(z, -d)
}
