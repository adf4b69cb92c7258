package main

import "fmt"

func sign(x int) string {
	if x < 0 {
		return "neg"
	} else if x == 0 {
		return "zero"
	} else {
		return "pos"
	}
}

func main() {
	for _, v := range []int{-3, 0, 8} {
		fmt.Println(v, sign(v))
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok && v > 0 {
		fmt.Println("found", v)
	} else if !ok {
		fmt.Println("missing")
	}
	if x := 5; x > 3 && x < 10 || false {
		fmt.Println("in range")
	}
	t := true
	if !t {
		fmt.Println("no")
	} else {
		fmt.Println("yes")
	}
}
