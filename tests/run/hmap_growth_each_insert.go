// Reads B, count and the growth state through unsafe after every insert 1..200 into a
// map[int]int (Go 1.23's hmap declared in the program): the load-factor growth points
// (9, 14, 27, 53, 105) and B at every count are deterministic. Then a churn of inserts and
// deletes on a map of fixed size: overflow buckets accumulate until noverflow reaches
// 2^B, which starts a same-size grow (B unchanged, sameSizeGrow flag, noverflow reset).
// noverflow itself depends on the random hash seed, so only those rules are printed.
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

const sameSizeGrow = 8

var m map[int]int

func hdr() *hmap { return *(**hmap)(unsafe.Pointer(&m)) }

func main() {
	m = make(map[int]int)
	lastB := uint8(0)
	for i := 1; i <= 200; i++ {
		m[i*31] = i
		h := hdr()
		// When a grow ends depends on which buckets the writes hit (the hash seed), except
		// right after it starts: one or two old buckets are evacuated by that first write,
		// four or more are not.
		state := ""
		if h.B != lastB {
			state = fmt.Sprintf(" grew from B=%d, still growing: %v", lastB, h.oldbuckets != nil)
			lastB = h.B
		}
		fmt.Printf("insert %3d: B=%d count=%d%s\n", i, h.B, h.count, state)
	}

	// Churn: 100 live keys, one insert and one delete per step.
	m = make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	startB := hdr().B
	grows, badTrigger, badReset, badB := 0, 0, 0, 0
	next := 100
	for step := 0; step < 200000; step++ {
		before := *hdr()
		m[next] = next
		delete(m, next-100)
		next++
		h := hdr()
		if before.oldbuckets == nil && h.oldbuckets != nil {
			if h.flags&sameSizeGrow == 0 || h.B != before.B {
				badB++
			}
			// The insert started the grow: noverflow had reached 2^B, and hashGrow reset
			// it (the two writes' evacuation can add at most a few overflow buckets).
			if int(before.noverflow) < 1<<before.B {
				badTrigger++
			}
			if int(h.noverflow) >= 1<<before.B {
				badReset++
			}
			grows++
		}
	}
	h := hdr()
	fmt.Println("churn: B", startB, "->", h.B, "count", h.count)
	fmt.Println("same-size grows seen:", grows > 10, "bad B:", badB, "bad trigger:", badTrigger, "bad reset:", badReset)
}
