//! The synchronisation primitives the channel core uses, swappable for loom's: built with
//! `RUSTFLAGS="--cfg loom"`, `runtime::chan` runs on loom's model of atomics and mutexes,
//! and its loom tests (`tools/loom`) explore every interleaving of small scenarios.

#[cfg(not(loom))]
pub use parking_lot::{Mutex, MutexGuard};
#[cfg(not(loom))]
pub use std::sync::atomic::AtomicBool;

#[cfg(loom)]
pub use loom::sync::MutexGuard;
#[cfg(loom)]
pub use loom::sync::atomic::AtomicBool;

/// loom's mutex with parking_lot's API (no poisoning).
#[cfg(loom)]
#[derive(Debug)]
pub struct Mutex<T>(loom::sync::Mutex<T>);

#[cfg(loom)]
impl<T> Mutex<T> {
    pub fn new(t: T) -> Mutex<T> {
        Mutex(loom::sync::Mutex::new(t))
    }
    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.0
            .lock()
            .expect("loom mutexes are never poisoned in these models")
    }
}
