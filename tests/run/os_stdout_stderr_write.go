package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout.WriteString("direct stdout\n")
	os.Stderr.WriteString("direct stderr\n")
	n, err := os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "warning: %d problems\n", 3)
	defer fmt.Println("deferred runs before normal exit")
	fmt.Println("end")
}
