package main

import "fmt"

type T struct{ name string }

func (t T) Close()   { fmt.Println("close", t.name) }
func (t *T) PClose() { fmt.Println("pclose", t.name) }

func main() {
	t := T{"a"}
	defer t.Close()
	defer t.PClose()
	t.name = "b"
	for _, n := range []string{"x", "y"} {
		defer func() { fmt.Println("loop", n) }()
	}
	f := func(s string) { fmt.Println("f", s) }
	defer f("arg")
	f = func(s string) { fmt.Println("replaced", s) }
	fmt.Println("end of main")
}
