package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var empty sync.Pool
	fmt.Println("empty pool without New:", empty.Get())
	var created atomic.Int32
	pool := sync.Pool{New: func() any {
		created.Add(1)
		return new(bytes.Buffer)
	}}
	b := pool.Get().(*bytes.Buffer)
	fmt.Println("created", created.Load())
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println("reset buffer is empty:", b2.Len() == 0, "at most 2 created:", created.Load() <= 2)
	pool.Put(nil) // putting nil is a no-op
	// Many goroutines sharing a pool of buffers.
	var wg sync.WaitGroup
	outs := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := pool.Get().(*bytes.Buffer)
			buf.Reset()
			fmt.Fprintf(buf, "item-%d", i)
			outs[i] = buf.String()
			pool.Put(buf)
		}()
	}
	wg.Wait()
	fmt.Println(outs)
	fmt.Println("at most 9 created:", created.Load() <= 9)
	ints := sync.Pool{New: func() any { return 0 }}
	fmt.Println(ints.Get())
}
