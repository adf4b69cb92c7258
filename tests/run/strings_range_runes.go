package main

import "fmt"

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	for i := 0; i < len("hé"); i++ {
		fmt.Print("hé"[i], " ")
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println(count, len(s))
	fmt.Println(s[1], s[0:1], string(s[7]))
}
