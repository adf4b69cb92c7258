package main

// debug.FreeOSMemory collects and gives free pages back to the operating system
// (MemStats.HeapReleased); pages allocated again stop counting as released. Relations
// that hold in every run of real Go.

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink [][]byte

func main() {
	// About 64 MB in 1 MB blocks, then dropped.
	for i := 0; i < 64; i++ {
		sink = append(sink, make([]byte, 1<<20))
	}
	var full runtime.MemStats
	runtime.ReadMemStats(&full)
	fmt.Println("in use over 60 MB:", full.HeapInuse > 60<<20)

	sink = nil
	debug.FreeOSMemory()
	var freed runtime.MemStats
	runtime.ReadMemStats(&freed)
	fmt.Println("cycle ran:", freed.NumGC > full.NumGC)
	fmt.Println("in use under 8 MB:", freed.HeapInuse < 8<<20)
	fmt.Println("released over 56 MB:", freed.HeapReleased > 56<<20)
	fmt.Println("HeapReleased <= HeapIdle:", freed.HeapReleased <= freed.HeapIdle)
	fmt.Println("HeapIdle + HeapInuse = HeapSys:", freed.HeapIdle+freed.HeapInuse == freed.HeapSys)

	// Allocating again reuses released pages: fewer stay released.
	for i := 0; i < 32; i++ {
		sink = append(sink, make([]byte, 1<<20))
	}
	var again runtime.MemStats
	runtime.ReadMemStats(&again)
	fmt.Println("released shrank by 30 MB or more:", freed.HeapReleased-again.HeapReleased >= 30<<20)
	fmt.Println("reused memory reads as zeros:", sink[31][12345] == 0 && sink[0][1<<20-1] == 0)
}
