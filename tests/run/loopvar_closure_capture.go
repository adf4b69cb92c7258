package main

import "fmt"

// Go 1.22 gives each iteration of a three-clause and a range loop its own variable,
// so each closure sees the value of its own iteration.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() int { return len(s) * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
