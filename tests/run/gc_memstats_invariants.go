package main

// runtime.ReadMemStats after collections: relations that hold in every run of real Go,
// whatever the machine (the numbers themselves differ).

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	pad  [6]int64
}

var sink *node

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h}
	}
	return h
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sink = build(200000) // about 12 MB live
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC grew:", after.NumGC > before.NumGC)
	fmt.Println("forced counted:", after.NumForcedGC >= 1)
	fmt.Println("live heap over 10 MB:", after.HeapAlloc > 10<<20)
	fmt.Println("HeapAlloc <= HeapInuse <= HeapSys <= Sys:",
		after.HeapAlloc <= after.HeapInuse && after.HeapInuse <= after.HeapSys && after.HeapSys <= after.Sys)
	fmt.Println("HeapObjects = Mallocs - Frees:", after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println("TotalAlloc >= HeapAlloc:", after.TotalAlloc >= after.HeapAlloc)
	fmt.Println("NextGC above live heap:", after.NextGC > after.HeapAlloc)
	fmt.Println("pauses recorded:", after.PauseTotalNs > 0 && after.PauseNs[(after.NumGC+255)%256] > 0)
	fmt.Println("LastGC set:", after.LastGC > 0 && after.LastGC >= before.LastGC)
	fmt.Println("GCCPUFraction in [0,1):", after.GCCPUFraction >= 0 && after.GCCPUFraction < 1)

	// Dropping the list frees it at the next cycle.
	sink = nil
	runtime.GC()
	var freed runtime.MemStats
	runtime.ReadMemStats(&freed)
	fmt.Println("freed most of it:", freed.HeapAlloc < after.HeapAlloc/2)
	fmt.Println("frees grew by the list:", freed.Frees-after.Frees >= 200000)

	// GOGC=off through debug.SetGCPercent: no automatic cycle, runtime.GC still works.
	old := debug.SetGCPercent(-1)
	fmt.Println("previous percent:", old)
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	for i := 0; i < 20; i++ {
		sink = build(50000)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("no cycle while off:", m2.NumGC == m1.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("runtime.GC while off:", m2.NumGC == m1.NumGC+1)
	fmt.Println("restored:", debug.SetGCPercent(old))
}
