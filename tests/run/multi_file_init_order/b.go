package main

import "fmt"

var B = initB()

var C = func() string { fmt.Println("init C"); return "c" }()

func initB() int {
	fmt.Println("init B")
	return 10
}

func init() { fmt.Println("first init() in b.go") }
func init() { fmt.Println("second init() in b.go") }
