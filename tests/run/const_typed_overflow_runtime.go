package main

import "fmt"

const MaxU8 = 255

func main() {
	var b uint8 = MaxU8
	b += 1
	fmt.Println(b)
	x := int32(1 << 30)
	x *= 4
	fmt.Println(x)
	const f = 1 << 62
	fmt.Println(f*2 == 1<<63, uint64(f*2))
	h := 0.1
	fmt.Println(h*3 == 0.3, 0.1*3 == 0.3)
	const e = 1e-400 * 1e400
	fmt.Println(e)
}
