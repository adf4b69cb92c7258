package main

import "fmt"

func main() {
	var a int
	var b string
	var c float64
	n, err := fmt.Sscan("42 word 2.5", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("7-x", "%d-%s", &a, &b)
	fmt.Println(n, err, a, b)
	_, err = fmt.Sscan("notanumber", &a)
	fmt.Println(err)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(3.0, float32(2.5), 1e9, 1e21))
}
