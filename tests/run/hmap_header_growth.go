// Reads the runtime's map header through unsafe, as the seed articles do, with a copy of
// Go 1.23's hmap declared in the program, and prints what is deterministic: B, count and
// whether a grow is in progress at each growth point, for several key and elem types
// (including keys and elems above 128 bytes, which buckets store indirectly).
package main

import (
	"fmt"
	"unsafe"
)

type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
	extra      unsafe.Pointer
}

// The maps live in package variables, so they escape (a map that does not escape gets its
// first bucket on the stack in gc).
var (
	mInt   map[int]int
	mStr   map[string]int
	mSmall map[int32]int8
	mBigK  map[[200]byte]int
	mBigE  map[int][160]byte
	mStruc map[pt]string
	mIface map[any]bool
)

type pt struct {
	x, y int16
	name string
}

func hdr(p unsafe.Pointer) *hmap { return *(**hmap)(p) }

// watch inserts n keys with ins(i) and prints every change of B.
func watch(name string, p unsafe.Pointer, n int, ins func(i int)) {
	h := hdr(p)
	fmt.Printf("%s: start count=%d B=%d buckets=%v oldbuckets=%v\n", name, h.count, h.B, h.buckets != nil, h.oldbuckets != nil)
	lastB := h.B
	growing := false
	for i := 0; i < n; i++ {
		ins(i)
		h = hdr(p)
		if h.B != lastB {
			fmt.Printf("%s: insert %d: B %d -> %d, count=%d, growing=%v, sameSize=%v\n",
				name, i+1, lastB, h.B, h.count, h.oldbuckets != nil, h.flags&8 != 0)
			lastB = h.B
		}
		g := h.oldbuckets != nil
		if g != growing {
			growing = g
		}
		if h.count != i+1 {
			fmt.Println("count mismatch", h.count, i+1)
		}
		if h.flags&4 != 0 {
			fmt.Println("hashWriting visible outside a write")
		}
		if h.oldbuckets != nil {
			old := uintptr(1) << (h.B - 1)
			if h.nevacuate >= old {
				fmt.Println("nevacuate past the end while growing", h.nevacuate, old)
			}
		}
	}
	fmt.Printf("%s: end count=%d B=%d growing=%v flags=%d\n", name, h.count, h.B, h.oldbuckets != nil, h.flags)
}

func main() {
	fmt.Println("Sizeof(hmap) =", unsafe.Sizeof(hmap{}))
	fmt.Println("offsets:", unsafe.Offsetof(hmap{}.flags), unsafe.Offsetof(hmap{}.B), unsafe.Offsetof(hmap{}.noverflow),
		unsafe.Offsetof(hmap{}.hash0), unsafe.Offsetof(hmap{}.buckets), unsafe.Offsetof(hmap{}.oldbuckets),
		unsafe.Offsetof(hmap{}.nevacuate), unsafe.Offsetof(hmap{}.extra))

	mInt = make(map[int]int)
	watch("map[int]int", unsafe.Pointer(&mInt), 2000, func(i int) { mInt[i] = i })

	mStr = make(map[string]int)
	watch("map[string]int", unsafe.Pointer(&mStr), 2000, func(i int) { mStr[fmt.Sprint("key", i)] = i })

	mSmall = map[int32]int8{}
	watch("map[int32]int8", unsafe.Pointer(&mSmall), 500, func(i int) { mSmall[int32(i*7919)] = int8(i) })

	mBigK = make(map[[200]byte]int)
	watch("map[[200]byte]int", unsafe.Pointer(&mBigK), 300, func(i int) {
		var k [200]byte
		k[0], k[1], k[199] = byte(i), byte(i>>8), 7
		mBigK[k] = i
	})

	mBigE = make(map[int][160]byte)
	watch("map[int][160]byte", unsafe.Pointer(&mBigE), 300, func(i int) {
		var e [160]byte
		e[159] = byte(i)
		mBigE[-i] = e
	})

	mStruc = make(map[pt]string)
	watch("map[pt]string", unsafe.Pointer(&mStruc), 300, func(i int) { mStruc[pt{int16(i), int16(-i), "p"}] = "v" })

	mIface = make(map[any]bool)
	watch("map[any]bool", unsafe.Pointer(&mIface), 300, func(i int) {
		if i%2 == 0 {
			mIface[i] = true
		} else {
			mIface[fmt.Sprint(i)] = false
		}
	})

	// make with a hint picks the smallest B that holds it.
	for _, hint := range []int{0, 1, 8, 9, 13, 14, 26, 27, 52, 53, 100, 104, 105, 1000, 100000} {
		mInt = make(map[int]int, hint)
		h := hdr(unsafe.Pointer(&mInt))
		fmt.Printf("make(map[int]int, %d): B=%d buckets=%v\n", hint, h.B, h.buckets != nil)
	}

	// Delete and clear never shrink the table.
	mInt = make(map[int]int)
	for i := 0; i < 1000; i++ {
		mInt[i] = i
	}
	for i := 0; i < 1000; i++ {
		delete(mInt, i)
	}
	h := hdr(unsafe.Pointer(&mInt))
	fmt.Println("after deleting all 1000:", h.count, h.B)
	for i := 0; i < 1000; i++ {
		mInt[i] = i
	}
	clear(mInt)
	h = hdr(unsafe.Pointer(&mInt))
	fmt.Println("after clear:", h.count, h.B, h.oldbuckets != nil, h.noverflow)

	// Iteration sets iterator|oldIterator, and the bits stay.
	mInt = map[int]int{1: 1, 2: 2}
	h = hdr(unsafe.Pointer(&mInt))
	fmt.Println("flags before range:", h.flags)
	for range mInt {
		fmt.Println("flags inside range:", h.flags)
		break
	}
	fmt.Println("flags after range:", h.flags)
	delete(mInt, 1)
	delete(mInt, 2)
	clear(mInt)
	fmt.Println("flags after deletes and clear:", h.flags)
}
