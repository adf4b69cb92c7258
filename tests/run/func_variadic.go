package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func info(xs ...int) { fmt.Println(len(xs), xs == nil, xs) }

func mutate(xs ...int) { xs[0] = 100 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	info()
	info(s...)
	mutate(s...)
	fmt.Println(s)
	args := []interface{}{"x", 1, true}
	fmt.Println(args...)
}
