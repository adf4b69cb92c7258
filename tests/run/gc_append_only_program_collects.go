package main

// A program that allocates only by append and string concatenation (no new, make or
// composite literal in its loop) still gets collections, and its heap stays near its
// small live set: Go starts a cycle from any allocation that crosses the trigger.

import (
	"fmt"
	"runtime"
	"strconv"
)

var sink []byte
var str string

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 2000; i++ {
		var b []byte
		for j := 0; j < 1000; j++ {
			b = append(b, "0123456789abcdef0123456789abcdef"...)
		}
		sink = b
	}
	for i := 0; i < 3000; i++ {
		str += strconv.Itoa(i)
		if len(str) > 4000 {
			str = str[len(str)-10:]
		}
	}
	runtime.ReadMemStats(&after)
	fmt.Println("allocated over 100 MB:", after.TotalAlloc-before.TotalAlloc > 100<<20)
	fmt.Println("cycles ran:", after.NumGC > before.NumGC)
	fmt.Println("heap in use under 32 MB:", after.HeapInuse < 32<<20)
	fmt.Println(len(sink), len(str) > 0)
}
