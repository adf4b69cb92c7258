package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range s {
		s[i] += "!"
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("copy of array:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice sees:", v)
		}
	}
	grow := []int{1, 2}
	for _, v := range grow {
		grow = append(grow, v)
	}
	fmt.Println(grow)
	var nilS []int
	for range nilS {
		fmt.Println("never")
	}
	for i, v := range &arr {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
