package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Print("x", 1, "\n")
	s := fmt.Sprint("a", 1, 2, "b")
	t := fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q %q\n", s, t)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, "to ", "stdout", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 3)
	fmt.Fprintf(os.Stdout, "%s-%d\n", "fprintf", 4)
	fmt.Fprintln(os.Stderr, "this goes to stderr")
	fmt.Fprintf(os.Stderr, "err %d\n", 2)
	fmt.Println()
	fmt.Print()
	fmt.Println(nil, []int(nil), "end")
}
