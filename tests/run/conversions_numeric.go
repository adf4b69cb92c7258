package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	n := -1
	fmt.Println(uint32(n), uint64(n), uint8(n))
	f := 3.75
	fmt.Println(int(f), int(-f), uint8(f))
	fmt.Println(float64(x)/7, float32(x)/7)
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)))
	var r rune = 'é'
	fmt.Println(r, byte(r), int(r))
	m3 := int8(-3)
	fmt.Println(int32(m3), uint16(m3))
}
