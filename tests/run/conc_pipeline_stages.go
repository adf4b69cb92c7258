package main

import (
	"fmt"
	"strings"
)

func source(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func filter(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			if keep(s) {
				out <- s
			}
		}
	}()
	return out
}

func batch(in <-chan string, n int) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		var b []string
		for s := range in {
			b = append(b, s)
			if len(b) == n {
				out <- b
				b = nil
			}
		}
		if len(b) > 0 {
			out <- b
		}
	}()
	return out
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog and keeps running far away")
	upper := mapStage(source(words...), strings.ToUpper)
	long := filter(upper, func(s string) bool { return len(s) > 3 })
	rev := mapStage(long, func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	})
	for b := range batch(rev, 3) {
		fmt.Println(b)
	}
	// A pipeline stopped early with a done channel.
	done := make(chan struct{})
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 0; ; i++ {
			select {
			case nums <- i:
			case <-done:
				fmt.Println("source stopped")
				return
			}
		}
	}()
	for v := range nums {
		if v == 5 {
			close(done)
			break
		}
	}
	for range nums {
	}
	fmt.Println("drained")
}
