// Command sort prints the expected results for src/stdlib/sort/tests.rs: for each
// algorithm (sort.Slice, sort.SliceStable, sort.Sort, sort.Stable), input pattern and
// length, an FNV-1a checksum of the resulting permutation of element ids (elements compare
// by key only, so many are equal) and the numbers of Less and Swap calls (-1 where Go does
// not let a program count swaps); then sort.Search results with their probe counts.
package main

import (
	"fmt"
	"sort"
)

type elem struct{ key, id int }

type rng uint64

func (r *rng) next() uint64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return uint64(*r) >> 33
}

// input builds the pattern p of length n; the Rust test builds the same.
func input(p, n int) []elem {
	r := rng(uint64(n)*31 + uint64(p))
	xs := make([]elem, n)
	for i := range xs {
		var k int
		switch p {
		case 0:
			k = int(r.next() % 3)
		case 1:
			k = int(r.next() % uint64(n/4+1))
		case 2:
			k = i / 3
		case 3:
			k = (n - i) / 2
		case 4:
			k = i % 7
		case 5:
			k = i / 2
			if i%10 == 9 {
				k = int(r.next() % uint64(n))
			}
		case 6:
			k = 0
		case 7:
			k = min(i, n-i)
		case 8:
			k = int(r.next() % 1000000)
		}
		xs[i] = elem{k, i}
	}
	return xs
}

const patterns = 9

func sum(xs []elem) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range xs {
		for b := 0; b < 4; b++ {
			h ^= uint64(byte(uint32(x.id) >> (8 * b)))
			h *= 1099511628211
		}
	}
	return h
}

type byKey struct {
	xs          []elem
	less, swaps *int
}

func (b byKey) Len() int           { return len(b.xs) }
func (b byKey) Less(i, j int) bool { *b.less++; return b.xs[i].key < b.xs[j].key }
func (b byKey) Swap(i, j int)      { *b.swaps++; b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

func main() {
	var lengths []int
	for n := 0; n <= 100; n++ {
		lengths = append(lengths, n)
	}
	lengths = append(lengths, 1000, 5000)
	for _, n := range lengths {
		for p := 0; p < patterns; p++ {
			for alg := 0; alg < 4; alg++ {
				xs := input(p, n)
				less, swaps := 0, 0
				switch alg {
				case 0:
					sort.Slice(xs, func(i, j int) bool { less++; return xs[i].key < xs[j].key })
					swaps = -1
				case 1:
					sort.SliceStable(xs, func(i, j int) bool { less++; return xs[i].key < xs[j].key })
					swaps = -1
				case 2:
					sort.Sort(byKey{xs, &less, &swaps})
				case 3:
					sort.Stable(byKey{xs, &less, &swaps})
				}
				fmt.Printf("    (%d, %d, %d, 0x%016x, %d, %d),\n", alg, p, n, sum(xs), less, swaps)
			}
		}
	}
	fmt.Println("---")
	for _, n := range []int{0, 1, 2, 7, 100, 1 << 40} {
		for _, t := range []int{-1, 0, 1, 3, 50, 99, 100, 1 << 39, 1 << 41} {
			probes := 0
			got := sort.Search(n, func(i int) bool { probes++; return i >= t })
			fmt.Printf("    (%d, %d, %d, %d),\n", n, t, got, probes)
		}
	}
}
