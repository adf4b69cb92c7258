package main

import "fmt"

type Celsius float64

const Boiling Celsius = 100
const Limit int8 = 127

func main() {
	fmt.Println(Boiling, Boiling/3)
	fmt.Printf("%T %v\n", Boiling, Limit)
	var x = Limit
	x++
	fmt.Println(x)
	const s = "hello" + ", " + "world"
	fmt.Println(s, len(s))
	const t = len("héllo")
	fmt.Println(t)
}
