// Corrupts a map's header or buckets through unsafe, then dumps it with goscope/inspect:
// the argument picks the corruption. goscope must end as a Go program would (a listing, a
// Go panic or a fault), never crash; tests/inspect.rs runs every case.
package main

import (
	"fmt"
	"goscope/inspect"
	"os"
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

var m map[string]int

func main() {
	m = map[string]int{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint(i)] = i
	}
	h := *(**hmap)(unsafe.Pointer(&m))
	b0 := uintptr(h.buckets)
	size := inspect.BucketSize(m)
	switch os.Args[1] {
	case "hugeB":
		h.B = 200
	case "nilBuckets":
		h.buckets = nil
	case "badBuckets":
		h.buckets = unsafe.Pointer(uintptr(0x10))
	case "oldbuckets":
		h.oldbuckets = unsafe.Add(h.buckets, 8)
	case "cycle":
		// Bucket 0's overflow pointer to itself.
		*(*uintptr)(unsafe.Pointer(b0 + size - 8)) = b0
	case "badOverflow":
		*(*uintptr)(unsafe.Pointer(b0 + size - 8)) = 0xdead0
	case "badKey":
		// Slot 0's key: a string whose pointer is bad and whose length is huge.
		*(*uintptr)(unsafe.Pointer(b0 + 8)) = 0x1234
		*(*int)(unsafe.Pointer(b0 + 16)) = 1 << 40
		*(*uint8)(unsafe.Pointer(b0)) = 0x80
	}
	s := inspect.Map(m)
	fmt.Println(len(s) > 0)
}
