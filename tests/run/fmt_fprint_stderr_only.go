package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprint(os.Stderr, "a", 1, 2, "b\n")
	fmt.Fprintln(os.Stderr, "line", 2)
	fmt.Fprintf(os.Stderr, "%05.1f\n", 3.14159)
}
