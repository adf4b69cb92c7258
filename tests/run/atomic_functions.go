package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var i32 int32 = 10
	fmt.Println(atomic.AddInt32(&i32, 5), atomic.AddInt32(&i32, -20), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, -5, 7), atomic.CompareAndSwapInt32(&i32, -5, 8), i32)
	fmt.Println(atomic.SwapInt32(&i32, 99), atomic.LoadInt32(&i32))
	atomic.StoreInt32(&i32, -1)
	fmt.Println(i32)
	fmt.Println(atomic.AndInt32(&i32, 0x0f0f), i32)
	fmt.Println(atomic.OrInt32(&i32, 0x7000), i32)

	var i64 int64 = 1 << 40
	fmt.Println(atomic.AddInt64(&i64, 1), atomic.LoadInt64(&i64))
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 1<<40+1, -3), i64)
	fmt.Println(atomic.SwapInt64(&i64, 12), i64)
	atomic.StoreInt64(&i64, 1<<62)
	fmt.Println(i64)
	old := atomic.AndInt64(&i64, 1<<62|1)
	fmt.Println(old, i64)
	old = atomic.OrInt64(&i64, 6)
	fmt.Println(old, i64)

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, 3), atomic.AddUint32(&u32, ^uint32(0)), u32)
	fmt.Println(atomic.AddUint32(&u32, ^uint32(2-1)), u32) // subtract 2 (wraps)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 0, 1), atomic.SwapUint32(&u32, 5), atomic.LoadUint32(&u32))
	atomic.StoreUint32(&u32, 0xffff)
	fmt.Println(atomic.AndUint32(&u32, 0xff0), atomic.OrUint32(&u32, 0x10000), u32)

	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, 1<<63), atomic.AddUint64(&u64, 1<<63), u64)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 0, 42), atomic.SwapUint64(&u64, 7), atomic.LoadUint64(&u64))
	atomic.StoreUint64(&u64, 12)
	fmt.Println(atomic.AndUint64(&u64, 4), atomic.OrUint64(&u64, 3), u64)

	var up uintptr
	fmt.Println(atomic.AddUintptr(&up, 8), atomic.SwapUintptr(&up, 16), atomic.LoadUintptr(&up))
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 16, 32), up)
	atomic.StoreUintptr(&up, 1)
	fmt.Println(atomic.AndUintptr(&up, 3), atomic.OrUintptr(&up, 2), up)

	// Fields of structs and elements of arrays.
	type stats struct {
		hits, misses int64
		flags        uint32
	}
	var s stats
	arr := [4]int32{}
	for k := 0; k < 10; k++ {
		atomic.AddInt64(&s.hits, 2)
		atomic.AddInt64(&s.misses, 1)
		atomic.AddInt32(&arr[k%4], 1)
	}
	atomic.OrUint32(&s.flags, 1<<3)
	fmt.Println(s, arr)
}
