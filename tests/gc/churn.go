package main

// Allocates GB gigabytes in total (default 1) in 4 KiB-to-12 KiB blocks while keeping a
// live set of about 8 MB (a ring of 1024 blocks, each replaced in turn), then prints the
// totals. The heap must stay within a few times the live set.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

func main() {
	gb := 1
	if len(os.Args) > 1 {
		gb, _ = strconv.Atoi(os.Args[1])
	}
	const ring = 1024
	live := make([][]byte, ring)
	total := 0
	i := 0
	for total < gb<<30 {
		n := 4096 + (i%3)*4096
		b := make([]byte, n)
		b[0] = byte(i)
		live[i%ring] = b
		total += n
		i++
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("allocated MB:", ms.TotalAlloc>>20, "cycles:", ms.NumGC, "heap in use MB:", ms.HeapInuse>>20, "heap sys MB:", ms.HeapSys>>20)
}
