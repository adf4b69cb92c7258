//! goscope's Go-shaped runtime: heap, write barrier, (later) scheduler, GC and hmap.
//!
//! Architecture invariant: nothing here knows about syntax, types or diagnostics.

pub mod alg;
pub mod barrier;
pub mod chan;
pub mod gc;
pub mod heap;
pub mod hmap;
pub mod sched;
pub mod sizeclasses;
pub mod slice;
pub mod sync;
