package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.NumCPU()
	fmt.Println("NumCPU > 0:", n > 0)
	fmt.Println("default GOMAXPROCS is NumCPU:", runtime.GOMAXPROCS(0) == n)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("previous is NumCPU:", prev == n)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(-4))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(n) == 1)
	fmt.Println(runtime.GOMAXPROCS(0) == n)
	// Work still completes with any GOMAXPROCS.
	for _, p := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(p)
		c := make(chan int)
		for i := 0; i < 10; i++ {
			go func() { c <- i }()
		}
		sum := 0
		for i := 0; i < 10; i++ {
			sum += <-c
		}
		fmt.Println(p, sum)
	}
}
