// unsafe.Add, unsafe.Slice, unsafe.SliceData, unsafe.String and unsafe.StringData, and
// their run-time checks (seed S0-E12: reaching a field by its offset).
package main

import (
	"fmt"
	"unsafe"
)

type Pair struct {
	a, b int64
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(interface{ RuntimeError() }); ok {
			_ = e
			fmt.Printf("%s: runtime error: %v\n", name, r)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	p := Pair{1, 2}
	ptr := unsafe.Pointer(&p)
	offsetB := unsafe.Offsetof(p.b)
	bPtr := (*int64)(unsafe.Pointer(uintptr(ptr) + offsetB))
	fmt.Println("Offsetof(b) =", offsetB, "*bPtr =", *bPtr)
	bPtr2 := (*int64)(unsafe.Add(ptr, offsetB))
	*bPtr2 = 20
	fmt.Println("p.b =", p.b)
	back := (*int64)(unsafe.Add(unsafe.Pointer(bPtr2), -8))
	fmt.Println("back to a:", *back)
	var i8 int8 = 8
	fmt.Println("int8 offset:", *(*int64)(unsafe.Add(ptr, i8)))

	arr := [5]int32{10, 20, 30, 40, 50}
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	s[0] = 21
	fmt.Println(arr)
	fmt.Println(unsafe.SliceData(s) == &arr[1])
	var nilSlice []int
	fmt.Println(unsafe.SliceData(nilSlice) == nil)
	var np *int
	fmt.Println(len(unsafe.Slice(np, 0)), unsafe.Slice(np, 0) == nil)

	str := "hello, world"
	data := unsafe.StringData(str)
	fmt.Println(*data, string(*data))
	fmt.Println(unsafe.String(data, 5))
	bs := []byte("bytes")
	fmt.Println(unsafe.String(&bs[0], len(bs)))
	fmt.Println(unsafe.String(nil, 0) == "")

	n := -1
	try("Slice negative", func() { _ = unsafe.Slice(&arr[0], n) })
	try("Slice nil", func() { _ = unsafe.Slice(np, 3) })
	var zp *struct{}
	try("Slice nil zero-size", func() { _ = unsafe.Slice(zp, 3) })
	try("Slice huge", func() { _ = unsafe.Slice(&arr[0], 1<<62) })
	var bp *byte
	try("String negative", func() { _ = unsafe.String(data, n) })
	try("String nil", func() { _ = unsafe.String(bp, 2) })
}
