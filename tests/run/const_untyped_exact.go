package main

import "fmt"

const Huge = 1 << 100
const Small = Huge >> 98
const Big = 1e300 * 1e300 / 1e300
const Third = 1.0 / 3
const Exact = 0.1 + 0.2

func main() {
	fmt.Println(Small)
	fmt.Println(Huge / (1 << 90))
	fmt.Println(Big)
	fmt.Println(Third)
	fmt.Println(Exact == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %T %T %T\n", Small, Third, r, 1+2i)
	const c = 7 / 2
	const fc = 7 / 2.0
	fmt.Println(c, fc)
	var f32 float32 = Third
	fmt.Println(f32)
	const big = 9223372036854775807
	fmt.Println(big, uint64(big)+1)
}
