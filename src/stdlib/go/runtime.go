// Package runtime: the parts of Go's runtime API goscope provides so far (the GC's come
// with the collector). Bodiless functions are natives (src/interp/natives/runtime.rs).
package runtime

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
