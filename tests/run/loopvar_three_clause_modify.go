package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	var shared []func() int
	j := 0
	for ; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	fmt.Println(shared[0](), shared[2]())
}
