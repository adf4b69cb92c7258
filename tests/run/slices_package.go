package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.Index(s, 7))
	t := slices.Clone(s)
	slices.Sort(t)
	fmt.Println(t, s)
	i, found := slices.BinarySearch(t, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Max(s), slices.Min(s), slices.Equal(s, t))
	slices.Reverse(t)
	fmt.Println(t)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2, 3}, 1, 10, 11))
	fmt.Println(slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	words := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values([]int{7, 8})))
}
