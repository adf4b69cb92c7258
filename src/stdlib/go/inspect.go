// Package inspect shows the inside of goscope's runtime to the programs it runs: a map's
// header and buckets, laid out as Go 1.23's runtime/map.go lays them out. Programs import
// it as "goscope/inspect"; it exists only in goscope (real Go cannot build a program that
// imports it). Bodiless functions are natives (src/interp/natives/inspect.rs).
//
// The values it reports are a snapshot read without taking part in the map's flag
// protocol: a map another goroutine is writing may be seen half-changed, as a racy reader
// would see it in Go.
package inspect

import (
	"fmt"
	"strconv"
	"strings"
)

// The flag bits of Header.Flags (runtime/map.go).
const (
	Iterator     = 1 // there may be an iterator using buckets
	OldIterator  = 2 // there may be an iterator using oldbuckets
	HashWriting  = 4 // a goroutine is writing to the map
	SameSizeGrow = 8 // the current grow is to a new map of the same size
)

// The special tophash values (runtime/map.go); a slot in use holds a tophash of at least
// MinTopHash.
const (
	EmptyRest      = 0 // this slot is empty, and so are all later ones and the overflow buckets
	EmptyOne       = 1 // this slot is empty
	EvacuatedX     = 2 // the entry moved to the first half of the larger table
	EvacuatedY     = 3 // the entry moved to the second half
	EvacuatedEmpty = 4 // the slot was empty, and the bucket is evacuated
	MinTopHash     = 5 // the smallest tophash of a slot in use
)

// BucketCnt is the number of slots of a bucket (abi.MapBucketCount).
const BucketCnt = 8

// Header is a map's runtime.hmap, and the fields of its mapextra (zero without one).
// Pointers are shown as addresses.
type Header struct {
	Count      int     // live entries: len(m)
	Flags      uint8   // Iterator | OldIterator | HashWriting | SameSizeGrow
	B          uint8   // log2 of the number of buckets
	NOverflow  uint16  // approximate number of overflow buckets
	Hash0      uint32  // the hash seed
	Buckets    uintptr // array of 2^B buckets; 0 while count is 0 for a map made small
	OldBuckets uintptr // the previous array while growing, else 0
	NEvacuate  uintptr // old buckets below this are evacuated
	Extra      uintptr // the *mapextra, or 0

	Overflow     uintptr // extra.overflow: *[]*bmap of the overflow buckets, when keys and elems hold no pointers
	OldOverflow  uintptr // extra.oldoverflow: the same for the old buckets
	NextOverflow uintptr // extra.nextOverflow: the next preallocated overflow bucket
}

// Growing reports whether the map is growing (its old buckets are not all evacuated).
func (h Header) Growing() bool { return h.OldBuckets != 0 }

// Slot is one of a bucket's 8 slots.
type Slot struct {
	TopHash uint8 // the top byte of the key's hash, or one of the markers below MinTopHash
	Key     any   // the key, for a slot in use (TopHash >= MinTopHash), else nil
	Elem    any   // its element, for a slot in use, else nil
}

// InUse reports whether the slot holds an entry.
func (s Slot) InUse() bool { return s.TopHash >= MinTopHash }

// Bucket is one bucket (a bmap): 8 slots and the overflow pointer.
type Bucket struct {
	Addr     uintptr
	Slots    [BucketCnt]Slot
	Overflow uintptr // the next bucket of the chain, or 0
}

// Evacuated reports whether the bucket (an old bucket) has been moved to the new array.
func (b Bucket) Evacuated() bool {
	h := b.Slots[0].TopHash
	return h > EmptyOne && h < MinTopHash
}

// The most buckets a listing follows in one chain and in all, so that a map corrupted
// through unsafe (a cycle of overflow pointers, a huge B) cannot exhaust memory.
const (
	maxChain = 1 << 12
	maxTotal = 1 << 16
)

// MapHeader returns the header of map m (any map value). A nil map gives a zero Header.
// It panics if m is not a map.
func MapHeader(m any) Header {
	var h Header
	h.Count, h.Flags, h.B, h.NOverflow, h.Hash0, h.Buckets, h.OldBuckets, h.NEvacuate,
		h.Extra, h.Overflow, h.OldOverflow, h.NextOverflow = header(m)
	return h
}

// Buckets returns the bucket chains of m's current array: chain i is bucket i followed by
// its overflow buckets. A nil map, or one without an array yet, has none.
func Buckets(m any) [][]Bucket {
	h := MapHeader(m)
	return chains(m, h.Buckets, h.B)
}

// OldBuckets returns the chains of the array m is growing from (none unless growing).
// Old buckets below Header.NEvacuate, and any others already moved, are Evacuated.
func OldBuckets(m any) [][]Bucket {
	h := MapHeader(m)
	if h.OldBuckets == 0 {
		return nil
	}
	b := h.B
	if h.Flags&SameSizeGrow == 0 && b > 0 {
		b--
	}
	return chains(m, h.OldBuckets, b)
}

func chains(m any, array uintptr, b uint8) [][]Bucket {
	if array == 0 {
		return nil
	}
	if b > 16 {
		b = 16
	}
	n := 1 << b
	size := bucketSize(m)
	out := make([][]Bucket, 0, n)
	total := 0
	for i := 0; i < n && total < maxTotal; i++ {
		var chain []Bucket
		for addr := array + uintptr(i)*size; addr != 0 && len(chain) < maxChain && total < maxTotal; total++ {
			bk := readBucket(m, addr)
			chain = append(chain, bk)
			addr = bk.Overflow
		}
		out = append(out, chain)
	}
	return out
}

// readBucket reads the bucket of map m at addr (an address from its Header or an
// Overflow field).
func readBucket(m any, addr uintptr) Bucket {
	b := Bucket{Addr: addr, Overflow: overflow(m, addr)}
	for i := range b.Slots {
		s := &b.Slots[i]
		s.TopHash = tophash(m, addr, i)
		if s.TopHash >= MinTopHash {
			s.Key, s.Elem = entry(m, addr, i)
		}
	}
	return b
}

// BucketSize returns the size in bytes of one bucket of m's type (gc's bmap for it: 8
// tophash bytes, 8 keys, 8 elems, the overflow pointer).
func BucketSize(m any) uintptr { return bucketSize(m) }

func header(m any) (count int, flags, b uint8, noverflow uint16, hash0 uint32,
	buckets, oldbuckets, nevacuate, extra, overflow, oldoverflow, nextOverflow uintptr)
func bucketSize(m any) uintptr
func tophash(m any, b uintptr, i int) uint8
func entry(m any, b uintptr, i int) (k, e any)
func overflow(m any, b uintptr) uintptr

// FlagNames spells flags as the constants' names joined by "|" ("0" for none).
func FlagNames(flags uint8) string {
	if flags == 0 {
		return "0"
	}
	var parts []string
	for i, name := range []string{"iterator", "oldIterator", "hashWriting", "sameSizeGrow"} {
		if flags&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if rest := flags &^ 15; rest != 0 {
		parts = append(parts, fmt.Sprintf("%#x", rest))
	}
	return strings.Join(parts, "|")
}

// TopHashName spells a tophash: a marker's name, or the value in hex.
func TopHashName(t uint8) string {
	switch t {
	case EmptyRest:
		return "emptyRest"
	case EmptyOne:
		return "emptyOne"
	case EvacuatedX:
		return "evacuatedX"
	case EvacuatedY:
		return "evacuatedY"
	case EvacuatedEmpty:
		return "evacuatedEmpty"
	}
	return fmt.Sprintf("%#02x", t)
}

func show(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

func addr(p uintptr) string {
	if p == 0 {
		return "nil"
	}
	return fmt.Sprintf("%#x", p)
}

// Map returns a readable dump of map m: its header, then every bucket chain of the
// current array and, while it grows, of the old array, slot by slot (tophash, key and
// element), with the evacuation progress.
func Map(m any) string {
	h := MapHeader(m) // panics if m is not a map
	var sb strings.Builder
	fmt.Fprintf(&sb, "%T", m)
	if mapIsNil(m) {
		sb.WriteString(" (nil map)\n")
		return sb.String()
	}
	fmt.Fprintf(&sb, ": count=%d flags=%s B=%d noverflow=%d hash0=%#08x\n",
		h.Count, FlagNames(h.Flags), h.B, h.NOverflow, h.Hash0)
	fmt.Fprintf(&sb, "  buckets=%s oldbuckets=%s nevacuate=%d extra=%s",
		addr(h.Buckets), addr(h.OldBuckets), h.NEvacuate, addr(h.Extra))
	if h.Extra != 0 {
		fmt.Fprintf(&sb, " (overflow=%s oldoverflow=%s nextOverflow=%s)",
			addr(h.Overflow), addr(h.OldOverflow), addr(h.NextOverflow))
	}
	sb.WriteString("\n")
	if h.Buckets != 0 {
		fmt.Fprintf(&sb, "  %d bucket(s) of %d bytes\n", 1<<h.B, BucketSize(m))
	}
	for i, chain := range Buckets(m) {
		dumpChain(&sb, "bucket", i, chain)
	}
	if h.OldBuckets != 0 {
		old := OldBuckets(m)
		kind := "doubling"
		if h.Flags&SameSizeGrow != 0 {
			kind = "same size"
		}
		moved := 0
		for _, chain := range old {
			if len(chain) > 0 && chain[0].Evacuated() {
				moved++
			}
		}
		fmt.Fprintf(&sb, "growing (%s): %d of %d old buckets evacuated, nevacuate=%d\n",
			kind, moved, len(old), h.NEvacuate)
		for i, chain := range old {
			if len(chain) > 0 && chain[0].Evacuated() {
				if h.Flags&SameSizeGrow != 0 {
					fmt.Fprintf(&sb, "oldbucket %d @%s: evacuated to bucket %d\n", i, addr(chain[0].Addr), i)
				} else {
					fmt.Fprintf(&sb, "oldbucket %d @%s: evacuated to buckets %d (X) and %d (Y)\n",
						i, addr(chain[0].Addr), i, i+len(old))
				}
				continue
			}
			dumpChain(&sb, "oldbucket", i, chain)
		}
	}
	return sb.String()
}

func mapIsNil(m any) bool

func dumpChain(sb *strings.Builder, what string, i int, chain []Bucket) {
	for j, b := range chain {
		if j == 0 {
			fmt.Fprintf(sb, "%s %d @%s\n", what, i, addr(b.Addr))
		} else {
			fmt.Fprintf(sb, "  overflow @%s\n", addr(b.Addr))
		}
		for k := 0; k < BucketCnt; k++ {
			s := b.Slots[k]
			if s.TopHash == EmptyRest {
				// The rest of the chain is empty: say so once.
				if k == BucketCnt-1 {
					fmt.Fprintf(sb, "    [%d] emptyRest\n", k)
				} else {
					fmt.Fprintf(sb, "    [%d-%d] emptyRest\n", k, BucketCnt-1)
				}
				break
			}
			if s.InUse() {
				fmt.Fprintf(sb, "    [%d] %s %s: %s\n", k, TopHashName(s.TopHash), show(s.Key), show(s.Elem))
			} else {
				fmt.Fprintf(sb, "    [%d] %s\n", k, TopHashName(s.TopHash))
			}
		}
	}
}
