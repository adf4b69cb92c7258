package main

import (
	"fmt"
)

func main() {
	fmt.Println(int8(-1), int16(-2), int32(-3), int64(-4), uint8(1), uint16(2), uint32(3), uint64(4), uintptr(5))
	fmt.Printf("%v %v %d %v\n", byte('a'), rune('a'), 'a', []byte{})
	fmt.Printf("%x %X %x\n", int64(-1), uint64(1<<63), int8(-128))
	fmt.Printf("%#v %#v %#v\n", int8(1), uint(2), uintptr(3))
}
