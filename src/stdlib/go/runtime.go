// Package runtime: the parts of Go's runtime API goscope provides so far (the GC's come
// with the collector). Bodiless functions are natives (src/interp/natives/runtime.rs).
package runtime

import "unsafe"

// Error identifies a run-time error (index out of range, nil dereference, ...): the
// values the runtime panics with implement it.
type Error interface {
	error
	RuntimeError()
}

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting; n < 1 leaves it unchanged.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

// GC runs a garbage collection and blocks the caller until it is complete.
func GC()

// KeepAlive marks its argument as currently reachable: the object is not freed, and its
// finalizer not run, before the point where KeepAlive is called.
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj to the provided finalizer function
// (nil removes it). When the collector finds obj unreachable, it clears the association
// and runs finalizer(obj) in a separate goroutine; obj is freed by a later cycle if it is
// still unreachable then.
func SetFinalizer(obj any, finalizer any) {
	setFinalizer(obj, finalizer)
}

func setFinalizer(obj any, finalizer any)

// The finalizer goroutine (Go's runfinq): it takes the finalizers the collector queues and
// calls them one after another.
func runfinq() {
	for {
		f, obj, tw, iface := nextFinalizer()
		callFinalizer(f, obj, tw, iface)
	}
}

func nextFinalizer() (f unsafe.Pointer, obj unsafe.Pointer, tw uintptr, iface bool)
func callFinalizer(f unsafe.Pointer, obj unsafe.Pointer, tw uintptr, iface bool)

// A MemStats records statistics about the memory allocator (the fields are Go's; those
// about the runtime's own memory are 0 in goscope, whose goroutine stacks and runtime
// structures are not in the Go heap).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(m)
}

func readMemStats(m *MemStats)
