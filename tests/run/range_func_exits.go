package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
		fmt.Println("  exhausted")
	}
}

func Pairs(n int) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprint("s", i)) {
				return
			}
		}
	}
}

func firstOver(limit int) (v int, ok bool) {
	for a := range Count(10) {
		for b := range Count(10) {
			if a*b > limit {
				return a * b, true
			}
		}
	}
	return
}

func named() (s string) {
	defer func() { s += "!" }()
	for i, t := range Pairs(5) {
		if i == 3 {
			s = t
			return
		}
	}
	return "none"
}

func two() (int, string) { return 7, "seven" }

func multi() (int, string) {
	for range Count(3) {
		return two()
	}
	return 0, ""
}

func gotoOut() {
	n := 0
	for i := range Count(5) {
		n += i
		if i == 2 {
			goto done
		}
	}
	fmt.Println("not reached")
done:
	fmt.Println("goto done with", n)
}

func main() {
	fmt.Println(firstOver(20))
	fmt.Println(named())
	fmt.Println(multi())
	gotoOut()
outer:
	for i := 0; i < 3; i++ {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("ij", i, j)
		}
	}
	var k int
	var s string
	for k, s = range Pairs(3) {
	}
	fmt.Println("last", k, s)
	sw := 0
	for x := range Count(4) {
		switch {
		case x == 1:
			continue
		case x == 3:
			break
		}
		sw += x
	}
	fmt.Println("sw", sw)
}
