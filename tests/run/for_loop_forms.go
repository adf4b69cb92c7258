package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
		if k%2 == 1 {
			continue
		}
		fmt.Println("even", k)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; {
		i++
	}
	fmt.Println(i)
}
