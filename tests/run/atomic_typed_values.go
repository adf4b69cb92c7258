package main

import (
	"fmt"
	"sync/atomic"
)

type server struct {
	requests atomic.Int64
	active   atomic.Int32
	bytes    atomic.Uint64
	id       atomic.Uint32
	ptr      atomic.Uintptr
	healthy  atomic.Bool
}

func main() {
	var s server
	fmt.Println(s.requests.Load(), s.active.Load(), s.bytes.Load(), s.id.Load(), s.ptr.Load(), s.healthy.Load())
	fmt.Println(s.requests.Add(5), s.requests.Add(-2), s.requests.Swap(100), s.requests.Load())
	fmt.Println(s.requests.CompareAndSwap(100, 1), s.requests.CompareAndSwap(100, 2), s.requests.Load())
	s.requests.Store(-7)
	fmt.Println(s.requests.Load(), s.requests.And(-8), s.requests.Or(1), s.requests.Load())

	fmt.Println(s.active.Add(3), s.active.Swap(-1), s.active.CompareAndSwap(-1, 0), s.active.Load())
	s.active.Store(0x55)
	fmt.Println(s.active.And(0x0f), s.active.Or(0x100), s.active.Load())

	fmt.Println(s.bytes.Add(1<<63), s.bytes.Add(1<<63), s.bytes.Swap(9), s.bytes.Load())
	fmt.Println(s.bytes.CompareAndSwap(9, 10), s.bytes.And(2), s.bytes.Or(5), s.bytes.Load())

	fmt.Println(s.id.Add(^uint32(0)), s.id.Swap(1), s.id.CompareAndSwap(1, 2), s.id.Load())
	fmt.Println(s.id.And(0), s.id.Or(0xf0), s.id.Load())

	s.ptr.Store(0x1000)
	fmt.Println(s.ptr.Add(0x10), s.ptr.Swap(4), s.ptr.CompareAndSwap(4, 8), s.ptr.Load())
	fmt.Println(s.ptr.And(12), s.ptr.Or(1), s.ptr.Load())

	fmt.Println(s.healthy.Swap(true), s.healthy.Load())
	fmt.Println(s.healthy.CompareAndSwap(false, true), s.healthy.CompareAndSwap(true, false), s.healthy.Load())
	s.healthy.Store(true)
	fmt.Println(s.healthy.Load())
	fmt.Printf("%T %T %T\n", &s.requests, s.healthy.Load(), s.bytes.Load())
}
