// Package debug: the parts of runtime/debug goscope provides. Bodiless functions are
// natives (src/interp/natives/runtime.rs).
package debug

// SetGCPercent sets the garbage collection target percentage and returns the previous
// setting; a negative percentage disables collection.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection and returns as much memory to the operating
// system as possible.
func FreeOSMemory()
