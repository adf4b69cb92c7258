package main

import "strings"

func a() string {
	return strings.ToUpper(1)
}

func b(n int) {
	n.Foo()
}

func c() {
	for i := range 3 {
	}
	var m map[string]int
	m.x = 1
}

func main() {
	a()
	b(1)
	c()
}
