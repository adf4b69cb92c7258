// args: one two three
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(helper(os.Args[1:]))
}
