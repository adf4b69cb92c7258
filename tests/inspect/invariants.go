// Checks goscope/inspect against what holds of Go 1.23's maps whatever the hash seed, and
// against the same map read through unsafe with Go's own layout (the reads that
// tests/run/hmap_*_unsafe.go check against real Go). Prints one FAIL line per broken
// invariant and, at the end, "PASS" and how many checks ran; tests/inspect.rs runs it.
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

// Go 1.23's bucket of a map[int]int.
type bmap struct {
	tophash  [8]uint8
	keys     [8]int
	elems    [8]int
	overflow unsafe.Pointer
}

var checks, failures int

func check(ok bool, format string, args ...any) {
	checks++
	if !ok {
		failures++
		fmt.Printf("FAIL "+format+"\n", args...)
	}
}

func hdrOf(m *map[int]int) *hmap { return *(**hmap)(unsafe.Pointer(m)) }

// sameHeader: inspect.MapHeader reads what the unsafe cast reads.
func sameHeader(where string, m *map[int]int) inspect.Header {
	h := inspect.MapHeader(*m)
	u := hdrOf(m)
	check(h.Count == u.count && h.Flags == u.flags && h.B == u.B && h.NOverflow == u.noverflow &&
		h.Hash0 == u.hash0 && h.Buckets == uintptr(u.buckets) && h.OldBuckets == uintptr(u.oldbuckets) &&
		h.NEvacuate == u.nevacuate && h.Extra == uintptr(u.extra),
		"%s: header %+v differs from the unsafe read %+v", where, h, *u)
	check(h.Count == len(*m), "%s: Count %d, len %d", where, h.Count, len(*m))
	return h
}

// walk checks the bucket chains of one array and returns the live entries in it.
func walk(where string, chains [][]inspect.Bucket, array uintptr, b uint8, old bool, live map[int]int) {
	if array == 0 {
		check(len(chains) == 0, "%s: chains without an array", where)
		return
	}
	check(len(chains) == 1<<b, "%s: %d chains for B=%d", where, len(chains), b)
	size := inspect.BucketSize(map[int]int(nil))
	check(size == unsafe.Sizeof(bmap{}), "%s: BucketSize %d, Sizeof(bmap) %d", where, size, unsafe.Sizeof(bmap{}))
	for i, chain := range chains {
		check(len(chain) >= 1, "%s: bucket %d has no chain", where, i)
		check(chain[0].Addr == array+uintptr(i)*size, "%s: bucket %d at %#x", where, i, chain[0].Addr)
		if old && chain[0].Evacuated() {
			continue
		}
		rest := false
		for j, bk := range chain {
			u := (*bmap)(unsafe.Pointer(bk.Addr))
			check(bk.Overflow == uintptr(u.overflow), "%s: bucket %d.%d overflow", where, i, j)
			if j+1 < len(chain) {
				check(chain[j+1].Addr == bk.Overflow, "%s: chain %d broken at %d", where, i, j)
			} else {
				check(bk.Overflow == 0, "%s: chain %d cut short", where, i)
			}
			for k, s := range bk.Slots {
				check(s.TopHash == u.tophash[k], "%s: tophash %d.%d.%d: %d, unsafe %d", where, i, j, k, s.TopHash, u.tophash[k])
				if rest {
					// emptyRest: no used slot later in the bucket or its overflow buckets.
					check(s.TopHash == inspect.EmptyRest, "%s: slot %d.%d.%d (%s) after emptyRest",
						where, i, j, k, inspect.TopHashName(s.TopHash))
				}
				rest = rest || s.TopHash == inspect.EmptyRest
				if !s.InUse() {
					check(s.Key == nil && s.Elem == nil, "%s: empty slot with a key", where)
					continue
				}
				key, ok1 := s.Key.(int)
				elem, ok2 := s.Elem.(int)
				check(ok1 && ok2 && key == u.keys[k] && elem == u.elems[k],
					"%s: slot %d.%d.%d: %v: %v, unsafe %d: %d", where, i, j, k, s.Key, s.Elem, u.keys[k], u.elems[k])
				_, dup := live[key]
				check(!dup, "%s: key %d appears twice", where, key)
				live[key] = elem
			}
		}
	}
}

// state checks one map completely: header, both arrays, every entry exactly once.
func state(where string, m *map[int]int) {
	h := sameHeader(where, m)
	live := map[int]int{}
	walk(where+" new", inspect.Buckets(*m), h.Buckets, h.B, false, live)
	old := inspect.OldBuckets(*m)
	if h.OldBuckets == 0 {
		check(old == nil, "%s: old buckets while not growing", where)
	} else {
		ob := h.B
		if h.Flags&inspect.SameSizeGrow == 0 {
			ob--
		}
		walk(where+" old", old, h.OldBuckets, ob, true, live)
		for i, chain := range old {
			if uintptr(i) < h.NEvacuate {
				check(chain[0].Evacuated(), "%s: old bucket %d below nevacuate %d not evacuated", where, i, h.NEvacuate)
			}
			if chain[0].Evacuated() {
				for _, s := range chain[0].Slots {
					t := s.TopHash
					check(t >= inspect.EvacuatedX && t <= inspect.EvacuatedEmpty, "%s: evacuated old bucket %d holds %s", where, i, inspect.TopHashName(t))
				}
			}
		}
	}
	check(len(live) == len(*m), "%s: %d live entries in the buckets, len %d", where, len(live), len(*m))
	for k, v := range *m {
		check(live[k] == v, "%s: m[%d] = %d, buckets say %d", where, k, v, live[k])
	}
}

var m map[int]int

func main() {
	m = make(map[int]int)
	state("empty", &m)
	sawGrow, sawSame := false, false
	for i := 0; i < 300; i++ {
		m[i*7] = i
		state(fmt.Sprint("insert ", i+1), &m)
		sawGrow = sawGrow || inspect.MapHeader(m).Growing()
	}
	for i := 0; i < 300; i += 3 {
		delete(m, i*7)
		state(fmt.Sprint("delete ", i*7), &m)
	}
	// Churn until a same-size grow is under way, checking as it goes.
	next := 10000
	for step := 0; step < 100000 && !sawSame; step++ {
		m[next] = step
		delete(m, next-150)
		next++
		h := inspect.MapHeader(m)
		if h.Growing() && h.Flags&inspect.SameSizeGrow != 0 {
			sawSame = true
			state("same-size grow", &m)
		} else if step%500 == 0 {
			state(fmt.Sprint("churn ", step), &m)
		}
	}
	check(sawGrow, "no grow seen")
	check(sawSame, "no same-size grow seen")
	// A range sets the iterator flags, which the header shows.
	for range m {
		f := inspect.MapHeader(m).Flags
		check(f&inspect.Iterator != 0, "flags %s inside a range", inspect.FlagNames(f))
		break
	}
	clear(m)
	state("clear", &m)

	// A nil map; keys of other types; a value that is not a map.
	var nilMap map[string]bool
	check(inspect.MapHeader(nilMap) == inspect.Header{}, "nil map header")
	check(inspect.Buckets(nilMap) == nil, "nil map buckets")
	check(inspect.Map(nilMap) == "map[string]bool (nil map)\n", "nil map dump %q", inspect.Map(nilMap))
	type pt struct {
		x int16
		s string
	}
	sm := map[pt][]int{{1, "a"}: {1}, {2, "b"}: nil}
	n := 0
	for _, chain := range inspect.Buckets(sm) {
		for _, b := range chain {
			for _, s := range b.Slots {
				if s.InUse() {
					n++
					k := s.Key.(pt)
					check(fmt.Sprint(sm[k]) == fmt.Sprint(s.Elem), "struct key %v: %v", k, s.Elem)
				}
			}
		}
	}
	check(n == 2, "%d struct keys found", n)
	for _, bad := range []any{42, nil, []int{1}, &m} {
		func() {
			defer func() {
				r := recover()
				check(r == fmt.Sprintf("inspect: not a map: %T", bad) || (bad == nil && r == "inspect: not a map: <nil>"),
					"inspect.Map(%T) panicked with %v", bad, r)
			}()
			inspect.Map(bad)
		}()
	}
	if failures > 0 {
		os.Exit(1)
	}
	fmt.Println("PASS", checks > 10000)
}
