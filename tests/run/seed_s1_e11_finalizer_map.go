package main

// Seed S1-E11: a map entry is a strong reference. The object held by the map is never
// finalized; the one nothing references is, after the first collection (stderr has
// exactly one line). The article's MemStats counters vary between runs, so only their
// relations are printed.

import (
	"fmt"
	"log"
	"runtime"
	"time"
)

type Payload struct {
	data [1024]byte
}

var m = make(map[*Payload]bool)

func demo() {
	p := &Payload{}
	m[p] = true
	runtime.SetFinalizer(p, func(*Payload) { log.Println("finalized (map reference)") })
}

func demoNoMap() {
	p := &Payload{}
	runtime.SetFinalizer(p, func(*Payload) { log.Println("finalized (no map reference)") })
}

func main() {
	log.SetFlags(0)
	demo()
	demoNoMap()
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("after demo()+GC: NumGC>=1:", ms.NumGC >= 1, "len(m):", len(m),
		"Mallocs-Frees == HeapObjects:", ms.Mallocs-ms.Frees == ms.HeapObjects)
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("map entry still there:", len(m))
}
