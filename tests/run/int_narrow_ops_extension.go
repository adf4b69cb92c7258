// Results of bitwise operations, right shifts, quotients and remainders on small integer
// types, compared, printed and used as map keys: each must equal the value computed in
// the type's width (goscope keeps such values sign- or zero-extended in registers).
package main

import "fmt"

//go:noinline
func vals8() []int8 { return []int8{-128, -1, 0, 1, 5, 127, -77} }

//go:noinline
func valsU32() []uint32 { return []uint32{0, 1, 7, 0x7fffffff, 0x80000000, 0xffffffff, 2463534242} }

func main() {
	seen := map[int8]int{}
	for _, a := range vals8() {
		for _, b := range vals8() {
			r := []int8{a & b, a | b, a ^ b, a &^ b, a >> 1, a >> 7, a ^ -1, a | 0x40, a &^ 3}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for _, x := range r {
				seen[x]++
				if x < -128 || x > 127 || x != int8(int(x)) {
					fmt.Println("out of range", a, b, x)
				}
			}
		}
	}
	fmt.Println(len(seen), seen[-128], seen[0], seen[-1])

	useen := map[uint32]bool{}
	var sum uint64
	for _, a := range valsU32() {
		for _, b := range valsU32() {
			r := []uint32{a & b, a | b, a ^ b, a &^ b, a >> 3, a ^ 0x7fff, a | 1, a % 1000, a / 7}
			if b != 0 {
				r = append(r, a/b, a%b)
			}
			for _, x := range r {
				useen[x] = true
				sum += uint64(x)
				if x == a^b && a^b > 0xffffff00 {
					fmt.Println("high", a, b, x)
				}
			}
		}
	}
	fmt.Println(len(useen), sum)

	var u8 uint8 = 200
	var s16 int16 = -30000
	seed := uint32(2463534242)
	for i := 0; i < 5; i++ {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		u8 ^= uint8(seed)
		s16 = s16>>1 ^ int16(seed)
		fmt.Println(seed, seed%1600000, u8, s16, u8 > 100, s16 < 0)
	}
}
