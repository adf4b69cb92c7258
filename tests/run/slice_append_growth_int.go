package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	t := make([]int, 0, 5)
	for i := 0; i < 12; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
	big := make([]int, 256)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := make([]int, 1000)
	big2 = append(big2, 1)
	fmt.Println(len(big2), cap(big2))
	big3 := make([]int, 5000)
	big3 = append(big3, 1)
	fmt.Println(len(big3), cap(big3))
}
