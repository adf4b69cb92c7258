package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 5
	x %= 3
	fmt.Println(x)
	y := 0b1100
	y &= 0b1010
	y |= 0b0001
	y ^= 0b1111
	y <<= 3
	y >>= 1
	fmt.Println(y)
	z := 0xff
	z &^= 0x0f
	fmt.Println(z)
	i := 5
	i++
	i++
	i--
	fmt.Println(i)
	s := "ab"
	s += "cd"
	fmt.Println(s)
	f := 1.5
	f *= 3
	fmt.Println(f)
	arr := []int{1, 2}
	arr[1]++
	p := &arr[0]
	*p += 10
	fmt.Println(arr)
}
