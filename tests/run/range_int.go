package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total += 10
	}
	fmt.Println(total)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	for i := range -2 {
		fmt.Println("never", i)
	}
}
