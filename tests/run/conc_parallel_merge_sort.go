package main

import (
	"fmt"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sortPar(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); left = sortPar(s[:mid], depth-1) }()
		go func() { defer wg.Done(); right = sortPar(s[mid:], depth-1) }()
		wg.Wait()
	} else {
		left, right = sortPar(s[:mid], 0), sortPar(s[mid:], 0)
	}
	return merge(left, right)
}

func sumPar(s []int, parts int) int {
	c := make(chan int, parts)
	size := (len(s) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo, hi := p*size, min((p+1)*size, len(s))
		go func() {
			t := 0
			for _, v := range s[lo:hi] {
				t += v
			}
			c <- t
		}()
	}
	total := 0
	for p := 0; p < parts; p++ {
		total += <-c
	}
	return total
}

func main() {
	x := uint32(12345)
	data := make([]int, 2000)
	for i := range data {
		x = x*1664525 + 1013904223
		data[i] = int(x>>16) % 1000
	}
	sorted := sortPar(data, 4)
	ok := len(sorted) == len(data)
	for i := 1; i < len(sorted); i++ {
		if sorted[i-1] > sorted[i] {
			ok = false
		}
	}
	fmt.Println("sorted:", ok, sorted[:10], sorted[len(sorted)-5:])
	seq := 0
	for _, v := range data {
		seq += v
	}
	fmt.Println("sums agree:", sumPar(data, 7) == seq, seq)
}
