// Hashing and equality of every kind of map key: integers, floats (+0 and -0 are one key,
// every NaN is a key of its own), complex numbers, strings, pointers, channels,
// interfaces (type and value together), arrays and structs (blank fields and padding
// ignored), and the keys whose stored copy is updated on a hit.
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type small struct {
	a int8
	b int64 // 7 bytes of padding before b
}

type withBlank struct {
	x int
	_ int
	y string
}

type nested struct {
	name string
	f    float64
	arr  [2]int16
	in   small
}

type myInt int

func main() {
	// Integers of every size, keys at the extremes.
	{
		m8 := map[int8]int{}
		m16 := map[uint16]int{}
		m32 := map[int32]int{}
		m64 := map[uint64]int{}
		mu := map[uintptr]int{}
		for i := -128; i < 128; i++ {
			m8[int8(i)]++
			m16[uint16(i)]++
			m32[int32(i)*65537]++
			m64[uint64(i)<<56]++
			mu[uintptr(i)]++
		}
		for i := -128; i < 128; i++ {
			m8[int8(i)]++
		}
		fmt.Println(len(m8), m8[-128], m8[127], len(m16), len(m32), len(m64), len(mu))
		fmt.Println(m64[1<<63], m64[0], m16[65535], m32[math.MinInt32+1])
		mi := map[int]bool{math.MinInt64: true, math.MaxInt64: true, 0: true}
		fmt.Println(mi)
	}

	// Floats: +0 and -0 are the same key; the stored key is updated (it prints as -0).
	{
		negZero := math.Copysign(0, -1)
		m := map[float64]string{}
		m[0.0] = "plus"
		m[negZero] = "minus"
		fmt.Println(len(m), m, m[0], math.Signbit(firstKey(m)))
		m32 := map[float32]int{}
		m32[float32(negZero)] = 1
		m32[0] = 2
		fmt.Println(len(m32), m32)
		inf := map[float64]int{math.Inf(1): 1, math.Inf(-1): 2, math.MaxFloat64: 3, math.SmallestNonzeroFloat64: 4}
		fmt.Println(inf)
	}

	// NaN: never equal to itself, so every insert adds an entry.
	{
		nan := math.NaN()
		m := map[float64]int{}
		m[nan] = 1
		m[nan] = 1
		fmt.Println("len after two NaN inserts:", len(m))
		v, ok := m[nan]
		fmt.Println("lookup NaN:", v, ok)
		delete(m, nan)
		fmt.Println("len after delete(NaN):", len(m))
		m[1] = 1
		for k := range m {
			delete(m, k)
		}
		fmt.Println("len after deleting every ranged key:", len(m))
		n := 0
		for k, v := range m {
			if k == k || v != 1 {
				fmt.Println("unexpected entry", k, v)
			}
			n++
		}
		fmt.Println("ranged NaN entries:", n, m)
		clear(m)
		fmt.Println("len after clear:", len(m), m)
		m32 := map[float32]int{}
		for i := 0; i < 100; i++ {
			m32[float32(nan)] = i
		}
		fmt.Println("float32 NaN entries:", len(m32))
		clear(m32)
		fmt.Println(len(m32))
	}

	// Complex numbers: both parts compared as floats.
	{
		negZero := math.Copysign(0, -1)
		m := map[complex128]int{}
		m[complex(0, 0)] = 1
		m[complex(negZero, negZero)] = 2
		m[complex(1, 2)] = 3
		m[complex(math.NaN(), 0)] = 4
		m[complex(math.NaN(), 0)] = 5
		fmt.Println(len(m), m[0], m[complex(1, 2)])
		m64 := map[complex64]int{complex64(complex(1, -1)): 1}
		m64[complex64(complex(1, -1))]++
		fmt.Println(m64)
	}

	// Strings: content decides, not the backing array.
	{
		m := map[string]int{}
		b := []byte("abcdefghijklmnopqrstuvwxyz0123456789")
		for i := 0; i <= len(b); i++ {
			m[string(b[:i])] = i
		}
		for i := 0; i <= len(b); i++ {
			m[string(append([]byte(nil), b[:i]...))] += 100
		}
		fmt.Println(len(m), m[""], m["abc"], m[string(b)])
		long := make([]byte, 10000)
		m[string(long)] = 1
		long[9999] = 1
		m[string(long)] = 2
		long[9999] = 0
		fmt.Println(len(m), m[string(long)])
	}

	// Pointers and channels: identity.
	{
		a, b := new(int), new(int)
		m := map[*int]string{a: "a", b: "b"}
		m[a] = "a2"
		fmt.Println(len(m), m[a], m[b], m[nil] == "")
		c1, c2 := make(chan int), make(chan int, 1)
		mc := map[chan int]int{c1: 1, c2: 2}
		mc[c1]++
		var nilc chan int
		mc[nilc] = 9
		fmt.Println(len(mc), mc[c1], mc[c2], mc[nilc])
		var ro <-chan int = c2
		mr := map[<-chan int]int{ro: 5}
		fmt.Println(mr[c2])
	}

	// Interfaces: the dynamic type and the value together.
	{
		m := map[any]string{}
		m[1] = "int 1"
		m[int64(1)] = "int64 1"
		m[myInt(1)] = "myInt 1"
		m["1"] = "string 1"
		m[1.0] = "float64 1"
		m[nil] = "nil"
		m[true] = "true"
		m[small{1, 2}] = "small"
		m[[2]string{"a", "b"}] = "array"
		p := new(int)
		m[p] = "pointer"
		fmt.Println(len(m))
		fmt.Println(m[1], "|", m[int64(1)], "|", m[myInt(1)], "|", m["1"], "|", m[1.0], "|", m[nil], "|", m[true])
		fmt.Println(m[small{1, 2}], m[[2]string{"a", "b"}], m[p], m[new(int)] == "")
		var e error
		m[e] = "nil error is the nil interface"
		fmt.Println(len(m), m[nil])
		negZero := math.Copysign(0, -1)
		mf := map[any]int{}
		mf[0.0] = 1
		mf[negZero] = 2
		mf[math.NaN()] = 3
		mf[math.NaN()] = 4
		fmt.Println(len(mf), mf[0.0])
		for k := range mf {
			if f := k.(float64); f == 0 {
				fmt.Println("stored zero key has sign bit:", math.Signbit(f))
			}
		}
	}

	// Arrays and structs: element by element, field by field.
	{
		ma := map[[3]int]int{{1, 2, 3}: 1}
		ma[[3]int{1, 2, 3}]++
		ma[[3]int{3, 2, 1}] = 5
		fmt.Println(ma)
		mfa := map[[1]float64]int{}
		mfa[[1]float64{math.NaN()}] = 1
		mfa[[1]float64{math.NaN()}] = 1
		mfa[[1]float64{0}] = 1
		mfa[[1]float64{math.Copysign(0, -1)}] = 2
		fmt.Println(len(mfa), mfa[[1]float64{0}])
		mia := map[[2]any]int{{1, "x"}: 1}
		mia[[2]any{1, "x"}]++
		mia[[2]any{"x", 1}] = 7
		fmt.Println(len(mia), mia[[2]any{1, "x"}])

		ms := map[small]int{}
		var s1, s2 small
		s1.a, s1.b = 1, 2
		s2 = s1
		// Scribble on the padding of s2: equality ignores it, so must hashing.
		pad := (*[16]byte)(unsafe.Pointer(&s2))
		for i := 1; i < 8; i++ {
			pad[i] = 0xff
		}
		ms[s1] = 1
		ms[s2]++
		fmt.Println("padding ignored:", len(ms), ms[s1])

		mb := map[withBlank]int{}
		w1 := withBlank{x: 1, y: "y"}
		w2 := w1
		*(*int)(unsafe.Add(unsafe.Pointer(&w2), unsafe.Sizeof(0))) = 12345
		mb[w1] = 1
		mb[w2]++
		fmt.Println("blank field ignored:", len(mb), mb[w1])

		mn := map[nested]int{}
		n1 := nested{"n", 1.5, [2]int16{-1, 1}, small{3, 4}}
		mn[n1] = 1
		n2 := n1
		n2.name = string([]byte{'n'})
		mn[n2]++
		n3 := n1
		n3.f = math.NaN()
		mn[n3] = 1
		mn[n3] = 1
		n4 := n1
		n4.in.b = 5
		mn[n4] = 3
		fmt.Println(len(mn), mn[n1], mn[n4])

		mk := map[[2]float64]string{}
		mk[[2]float64{0, 1}] = "a"
		mk[[2]float64{math.Copysign(0, -1), 1}] = "b"
		fmt.Println(mk)
		mt := map[struct {
			s string
			f float32
		}]int{}
		mt[struct {
			s string
			f float32
		}{"k", 0}] = 1
		mt[struct {
			s string
			f float32
		}{"k", float32(math.Copysign(0, -1))}] = 2
		fmt.Println(mt)
	}
}

func firstKey(m map[float64]string) float64 {
	for k := range m {
		return k
	}
	return 1
}
