// args: alpha beta -x --flag=1 ""
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d %q\n", i+1, a)
	}
}
