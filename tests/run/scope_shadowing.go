package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	show()
	if x := 1; x > 0 {
		fmt.Println("if", x)
		x := "inner"
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	switch x := 2.5; {
	case x > 2:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		_ = err
	}
	fmt.Println(err)
	len := 3
	fmt.Println(len)
}
