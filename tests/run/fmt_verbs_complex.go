package main

import "fmt"

func main() {
	c := complex(1.5, -2.25)
	fmt.Printf("%v|%f|%.1f|%e|%g\n", c, c, c, c, c)
	fmt.Printf("%+.2f|%8.2f|%#v\n", c, c, c)
	var c64 complex64 = 3 + 4i
	fmt.Println(c64, fmt.Sprint(c64))
	fmt.Printf("%T %v\n", c64, complex(0, 0))
}
