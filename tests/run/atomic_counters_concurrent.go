package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var plain int64
	var typed atomic.Int64
	var ops atomic.Uint32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&plain, 1)
				typed.Add(2)
				ops.Add(1)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&plain), typed.Load(), ops.Load(), flag.Load())
	// A spin lock built on CompareAndSwap.
	var lock int32
	counter := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
				}
				counter++
				atomic.StoreInt32(&lock, 0)
			}
		}()
	}
	wg.Wait()
	fmt.Println("spin-locked counter", counter)
	// Max with a CAS loop.
	var max atomic.Int64
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := int64((i * 37) % 101)
			for {
				cur := max.Load()
				if v <= cur || max.CompareAndSwap(cur, v) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("max", max.Load())
}
