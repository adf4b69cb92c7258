package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("%!\n")
	fmt.Printf("100%\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", "p", 5)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%t\n", "str")
	fmt.Printf("%x\n", true)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%e\n", "s")
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%[1]d %d %d\n", 1, 2)
	fmt.Printf("%10000000000d\n", 1)
	fmt.Println(fmt.Sprintf("%d", struct{ A string }{"x"}))
}
