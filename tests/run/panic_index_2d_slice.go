package main

import (
	"fmt"
)

func main() {
	grid := [][]int{{1, 2}, {3}}
	for i := range grid {
		fmt.Println(grid[i][1])
	}
}
