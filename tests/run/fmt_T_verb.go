package main

import "fmt"

type MyInt int
type Pair struct{ A, B string }
type Fn func(int) error

func main() {
	vals := []interface{}{1, int8(1), uint(1), 1.0, float32(1), 1i, "s", 'r', byte(1), true,
		[]int{}, [2]string{}, map[string][]int{}, &Pair{}, Pair{}, MyInt(1), struct{ X int }{},
		make(chan int), make(<-chan string), func() {}, Fn(nil), new(error), []interface{}{}, nil}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var e error = fmt.Errorf("x")
	fmt.Printf("%T\n", e)
	fmt.Printf("%10T|%-10T|\n", 1, "s")
}
