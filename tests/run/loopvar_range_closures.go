package main

import "fmt"

type T struct{ n int }

func main() {
	items := []T{{1}, {2}, {3}}
	var ps []*T
	for _, it := range items {
		ps = append(ps, &it)
	}
	for _, p := range ps {
		fmt.Print(p.n, " ")
	}
	fmt.Println()
	var fs []func()
	for k, v := range map[string]int{"only": 1} {
		fs = append(fs, func() { fmt.Println(k, v) })
	}
	for i := range 3 {
		defer func() { fmt.Println("deferred sees", i) }()
	}
	for _, f := range fs {
		f()
	}
	done := make(chan int, 3)
	for i := range 3 {
		go func() { done <- i * 10 }()
	}
	sum := 0
	for range 3 {
		sum += <-done
	}
	fmt.Println("sum", sum)
}
