package main

import "fmt"

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3", from, "->", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func queens(n, row int, cols, d1, d2 []bool) int {
	if row == n {
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		count += queens(n, row+1, cols, d1, d2)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func main() {
	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	for n := 4; n <= 8; n++ {
		fmt.Println(n, queens(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n)))
	}
}
