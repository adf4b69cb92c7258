// The order in which `range` visits a map, measured over many ranges and checked against
// Go 1.23's algorithm (one random start bucket and one random slot offset per range, then
// a fixed walk), printing only pass/fail lines:
//
//   - a 3-key literal gives 1 2 3 three times in four (offsets 3-7 fall on empty slots
//     and wrap to slot 0), 2 3 1 and 3 1 2 one time in eight each, and nothing else;
//   - 5 keys in one bucket start at slot 0 half the time;
//   - 8 keys in one bucket give the 8 rotations, one time in eight each;
//   - for maps of several buckets, read through unsafe, every (start bucket, offset) pair
//     predicts one order; the observed orders are exactly those, each as often as the
//     pairs that predict it (1/(8*2^B) per pair).
//
// Each frequency must be within a tolerance of 6 standard deviations.
package main

import (
	"fmt"
	"math"
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

type bmap struct {
	tophash  [8]uint8
	keys     [8]int
	elems    [8]int
	overflow *bmap
}

// order identifies the sequence of keys a range visits (a polynomial hash of it).
func order(m map[int]int) uint64 {
	h := uint64(0)
	for k := range m {
		h = h*1000003 + uint64(k) + 1
	}
	return h
}

func orderOf(keys ...int) uint64 {
	h := uint64(0)
	for _, k := range keys {
		h = h*1000003 + uint64(k) + 1
	}
	return h
}

// within reports whether the observed count is within 6 sigma (and at least 0.1% of
// n) of n*p.
func within(count, n int, p float64) bool {
	sigma := math.Sqrt(p * (1 - p) / float64(n))
	tol := math.Max(6*sigma, 0.001)
	return math.Abs(float64(count)/float64(n)-p) <= tol
}

func check(name string, counts map[uint64]int, n int, want map[uint64]float64) {
	ok := true
	for o, c := range counts {
		p, known := want[o]
		if !known {
			ok = false
			fmt.Printf("%s: unexpected order %x (%d times)\n", name, o, c)
			continue
		}
		if !within(c, n, p) {
			ok = false
			fmt.Printf("%s: order %x seen %.4f, want %.4f\n", name, o, float64(c)/float64(n), p)
		}
	}
	for o, p := range want {
		if counts[o] == 0 && p > 0 {
			ok = false
			fmt.Printf("%s: order %x never seen, want %.4f\n", name, o, p)
		}
	}
	fmt.Printf("%s: %v\n", name, map[bool]string{true: "pass", false: "FAIL"}[ok])
}

var sink map[int]int

// predicted computes, from the map's buckets, the order of every (start bucket, offset)
// pair and the probability of each distinct order.
func predicted(m map[int]int) map[uint64]float64 {
	sink = m
	h := *(**hmap)(unsafe.Pointer(&m))
	if h.oldbuckets != nil {
		panic("grow in progress")
	}
	nb := 1 << h.B
	want := map[uint64]float64{}
	for start := 0; start < nb; start++ {
		for off := 0; off < 8; off++ {
			var keys []int
			for j := 0; j < nb; j++ {
				b := (*bmap)(unsafe.Add(h.buckets, uintptr((start+j)%nb)*unsafe.Sizeof(bmap{})))
				for ; b != nil; b = b.overflow {
					for i := 0; i < 8; i++ {
						s := (i + off) & 7
						if b.tophash[s] >= 5 {
							keys = append(keys, b.keys[s])
						}
					}
				}
			}
			want[orderOf(keys...)] += 1 / float64(nb*8)
		}
	}
	return want
}

func main() {
	const n = 20000
	counts := map[uint64]int{}
	for i := 0; i < n; i++ {
		counts[order(map[int]int{1: 1, 2: 2, 3: 3})]++
	}
	check("3-key literal, fresh map each time", counts, n, map[uint64]float64{orderOf(1, 2, 3): 0.75, orderOf(2, 3, 1): 0.125, orderOf(3, 1, 2): 0.125})

	m3 := map[int]int{1: 1, 2: 2, 3: 3}
	counts = map[uint64]int{}
	for i := 0; i < n; i++ {
		counts[order(m3)]++
	}
	check("3-key literal, one map ranged again", counts, n, map[uint64]float64{orderOf(1, 2, 3): 0.75, orderOf(2, 3, 1): 0.125, orderOf(3, 1, 2): 0.125})

	m5 := map[int]int{}
	for i := 0; i < 5; i++ {
		m5[i] = i
	}
	first := map[uint64]int{}
	for i := 0; i < n; i++ {
		for k := range m5 {
			first[uint64(k)]++
			break
		}
	}
	check("5 keys, first key", first, n, map[uint64]float64{0: 0.5, 1: 0.125, 2: 0.125, 3: 0.125, 4: 0.125})

	m8 := map[int]int{}
	for i := 0; i < 8; i++ {
		m8[i] = i
	}
	counts = map[uint64]int{}
	for i := 0; i < n; i++ {
		counts[order(m8)]++
	}
	rot := map[uint64]float64{}
	for r := 0; r < 8; r++ {
		var keys []int
		for i := 0; i < 8; i++ {
			keys = append(keys, (i+r)%8)
		}
		rot[orderOf(keys...)] = 0.125
	}
	check("8 keys, the 8 rotations", counts, n, rot)

	for _, size := range []int{9, 20, 60} {
		m := map[int]int{}
		for i := 0; i < size; i++ {
			m[i*7] = i
		}
		// Finish any grow with writes of existing keys... a grow only advances on
		// writes, so re-assign keys until it is done.
		for i := 0; ; i++ {
			h := *(**hmap)(unsafe.Pointer(&m))
			if h.oldbuckets == nil {
				break
			}
			m[(i%size)*7] = i
		}
		want := predicted(m)
		counts = map[uint64]int{}
		const runs = 32000
		for i := 0; i < runs; i++ {
			counts[order(m)]++
		}
		h := *(**hmap)(unsafe.Pointer(&m))
		check(fmt.Sprintf("%d keys in %d buckets, orders predicted from the buckets", size, 1<<h.B), counts, runs, want)
	}
}
