// Walks a map's buckets through unsafe with Go 1.23's bmap layout for map[int]int
// (tophash [8]uint8, 8 keys, 8 elems, overflow pointer) and checks what holds whatever
// the hash seed: every live entry is found exactly once, in the new array or in an old
// bucket not yet evacuated; the overflow buckets reachable from the new array are
// exactly noverflow (B < 16) and, as map[int]int buckets hold no pointers, exactly the
// ones listed in extra.overflow.
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
	extra      *mapextra
}

type mapextra struct {
	overflow     *[]*bmap
	oldoverflow  *[]*bmap
	nextOverflow *bmap
}

type bmap struct {
	tophash  [8]uint8
	keys     [8]int
	elems    [8]int
	overflow *bmap
}

var m map[int]int

func bucket(base unsafe.Pointer, i uintptr) *bmap {
	return (*bmap)(unsafe.Add(base, i*unsafe.Sizeof(bmap{})))
}

func evacuated(b *bmap) bool { return b.tophash[0] > 1 && b.tophash[0] < 5 }

// check walks the table and returns a line of invariants.
func check() string {
	h := *(**hmap)(unsafe.Pointer(&m))
	live, sum, ovf := 0, 0, 0
	nb := uintptr(1) << h.B
	for i := uintptr(0); i < nb; i++ {
		first := true
		for b := bucket(h.buckets, i); b != nil; b = b.overflow {
			if !first {
				ovf++
			}
			first = false
			for s := 0; s < 8; s++ {
				if b.tophash[s] >= 5 {
					live++
					sum += b.keys[s]
					if m[b.keys[s]] != b.elems[s] {
						return "elem mismatch"
					}
				}
			}
		}
	}
	unevacuatedOld := 0
	if h.oldbuckets != nil {
		nold := nb
		if h.flags&8 == 0 {
			nold = nb / 2
		}
		for i := uintptr(0); i < nold; i++ {
			b0 := bucket(h.oldbuckets, i)
			if evacuated(b0) {
				if i < h.nevacuate {
					continue
				}
				continue
			}
			if i < h.nevacuate {
				return "bucket below nevacuate not evacuated"
			}
			unevacuatedOld++
			for b := b0; b != nil; b = b.overflow {
				for s := 0; s < 8; s++ {
					if b.tophash[s] >= 5 {
						live++
						sum += b.keys[s]
					}
				}
			}
		}
	}
	listed := 0
	if h.extra != nil && h.extra.overflow != nil {
		listed = len(*h.extra.overflow)
	}
	want := 0
	for k := range m {
		want += k
	}
	return fmt.Sprintf("B=%d count=%d found=%v sums=%v ovf==noverflow:%v ovf==listed:%v",
		h.B, h.count, live == h.count, sum == want, ovf == int(h.noverflow), ovf == listed)
}

func main() {
	m = make(map[int]int)
	fmt.Println("Sizeof(bmap) for map[int]int:", unsafe.Sizeof(bmap{}))
	for i := 1; i <= 3000; i++ {
		m[i*i] = -i
		switch i {
		case 1, 8, 9, 13, 14, 26, 27, 28, 40, 52, 53, 54, 60, 104, 105, 106, 110, 300, 1000, 3000:
			fmt.Println(i, check())
		}
	}
	// Deletes: entries leave, overflow buckets stay until the next grow.
	for i := 1; i <= 3000; i += 2 {
		delete(m, i*i)
	}
	fmt.Println("after deletes:", check())

	// Churn a 100-entry map: many overflow buckets and same-size grows, B stays.
	m = make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	h := *(**hmap)(unsafe.Pointer(&m))
	startB := h.B
	sameSize, bad := 0, 0
	for i := 100; i < 200000; i++ {
		m[i] = i
		delete(m, i-100)
		if h.flags&8 != 0 {
			sameSize++
			if h.oldbuckets == nil {
				bad++
			}
		}
		if h.B != startB || h.count != 100 {
			bad++
		}
		if i%50000 == 0 {
			fmt.Println("churn", i, check())
		}
	}
	fmt.Println("churn: B stayed", startB == h.B, "B =", h.B, "same-size grows seen:", sameSize > 0, "bad:", bad)
}
