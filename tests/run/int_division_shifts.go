package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	var x int32 = -8
	fmt.Println(x>>1, x>>10, uint32(x)>>28)
	var u uint8 = 1
	fmt.Println(u<<7, u<<8, u<<9)
	var s uint = 70
	fmt.Println(1<<s == 0, int64(1)<<62)
	fmt.Println(^0, ^uint8(5), -(-5))
	fmt.Println(6&3, 6|3, 6^3, 6&^3)
}
