package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x12345678, 0x80000000, 0xffffffff, 1 << 32, 0xdeadbeefcafebabe, 1 << 63, ^uint64(0)}
	for _, x := range xs {
		fmt.Println(x, bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x))
		fmt.Println(" tz", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x))
		fmt.Println(" ones", bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)), bits.OnesCount32(uint32(x)), bits.OnesCount64(x))
		fmt.Println(" len", bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)), bits.Len32(uint32(x)), bits.Len64(x))
		fmt.Println(" rev", bits.Reverse(uint(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)), bits.Reverse32(uint32(x)), bits.Reverse64(x))
		fmt.Println(" bytes", bits.ReverseBytes(uint(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 3, -1, -5, 9, 64, -70} {
			fmt.Print(" ", bits.RotateLeft(uint(x), k), bits.RotateLeft8(uint8(x), k), bits.RotateLeft16(uint16(x), k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft64(x, k))
		}
		fmt.Println()
	}
	for _, x := range xs {
		for _, y := range []uint64{0, 1, 0xffffffff, 1 << 63, ^uint64(0)} {
			for _, c := range []uint64{0, 1} {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				su, cu := bits.Add(uint(x), uint(y), uint(c))
				du, bu := bits.Sub(uint(x), uint(y), uint(c))
				fmt.Println(s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
			}
			hi, lo := bits.Mul64(x, y)
			hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Println(hi, lo, hi32, lo32, hu, lu)
			if y != 0 {
				fmt.Println(bits.Rem64(x, lo, y), bits.Rem(uint(x), uint(lo), uint(y)), bits.Rem32(uint32(x), lo32, uint32(y)|1))
			}
			if y > hi {
				q, r := bits.Div64(hi, lo, y)
				qu, ru := bits.Div(uint(hi), uint(lo), uint(y))
				fmt.Println(q, r, qu, ru)
			}
		}
	}
	q32, r32 := bits.Div32(1, 5, 7)
	fmt.Println(q32, r32, bits.UintSize)
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(name, r, ok, err != nil)
		}()
		f()
	}
	try("div64 zero", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div32 zero", func() { bits.Div32(0, 1, 0) })
	try("div32 overflow", func() { bits.Div32(9, 1, 3) })
	try("rem64 zero", func() { bits.Rem64(1, 1, 0) })
	try("rem32 zero", func() { bits.Rem32(1, 1, 0) })
	fmt.Println(bits.Rem64(10, 3, 3))
	bits.Div(1, 1, 1)
}
