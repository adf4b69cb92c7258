package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Println(len(b), cap(b))
			last = cap(b)
		}
	}
	c := []byte("hello")
	c = append(c, " world"...)
	fmt.Println(string(c), len(c), cap(c))
	d := append([]byte(nil), make([]byte, 33)...)
	fmt.Println(len(d), cap(d))
}
