package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	inner()
}

func main() {
	outer()
	func() {
		defer func() { fmt.Println("recover 2:", recover()) }()
		defer func() { panic("from defer") }()
		panic("original")
	}()
	func() {
		defer func() { fmt.Println("only first recover gets it:", recover()) }()
		defer func() { fmt.Println("direct:", recover()) }()
		panic("value")
	}()
	fmt.Println("main continues")
}
