package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 4 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	n := 10
	if n > 5 {
		goto big
	}
	fmt.Println("small")
big:
	fmt.Println("big or done")
	for j := 0; j < 10; j++ {
		if j == 3 {
			goto out
		}
	}
out:
	fmt.Println("out")
}
