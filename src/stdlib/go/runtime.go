// Package runtime: the parts of Go's runtime API goscope provides so far (the scheduler and
// GC functions come with goroutines and the collector).
package runtime

// Error identifies a run-time error (index out of range, nil dereference, ...): the
// values the runtime panics with implement it.
type Error interface {
	error
	RuntimeError()
}
