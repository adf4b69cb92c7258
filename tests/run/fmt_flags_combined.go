package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7} {
		fmt.Printf("[%5d][%-5d][%05d][%+5d][% 5d][%x][%#5x][%-#6o]\n", v, v, v, v, v, v, v, v)
	}
	for _, f := range []float64{0, 1.25, -1.25} {
		fmt.Printf("[%7.2f][%-7.2f][%07.2f][%+7.2f][% 7.2f][%e]\n", f, f, f, f, f, f)
	}
	fmt.Printf("[%#v][%#v][%#v][%#v]\n", 42, "s", 1.5, []byte("b"))
	fmt.Printf("[%#v][%#v]\n", uint8(3), 'x')
	fmt.Printf("[% d][% x][% X]\n", []int{1, -2}, "abc", []byte{1, 2})
	fmt.Printf("[%+q][%#+q]\n", "é", "é")
	fmt.Printf("[%08.3e][%-12.4E]\n", 1234.5678, 1234.5678)
}
