package main

import "fmt"
import "fmt"

func main() {
	fmt.Println("twice")
}
