package main

import "fmt"

func bsearch(xs []int, t int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == t:
			return mid
		case xs[mid] < t:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{1, 7, 11, 4, 12} {
		fmt.Print(bsearch(xs, t), " ")
	}
	fmt.Println()
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), 48*18/gcd(48, 18))
}
