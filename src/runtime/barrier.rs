//! The write barrier: the one hook every pointer store into the heap goes through.
//!
//! # Go's hybrid barrier (runtime/mbarrier.go, runtime/mwbbuf.go)
//!
//! Go's collector marks concurrently with the running program. It colours objects white (not
//! yet seen), grey (marked, fields not yet scanned) and black (marked and scanned), and it must
//! keep the invariant that no black object points to a white object that no grey path protects.
//! A mutator could break that invariant in two ways:
//!
//! * by *deleting* the only heap pointer to a white object after first copying it onto its own
//!   (already scanned, hence black) stack. Yuasa's deletion barrier stops this: before a slot
//!   is overwritten, the pointer it held (`old`) is shaded grey.
//! * by *inserting* into a black heap object a pointer that so far lived only on a stack that
//!   has not been scanned yet. Dijkstra's insertion barrier stops this: the pointer being
//!   written (`new`) is shaded grey.
//!
//! mbarrier.go's pseudocode is `writePointer(slot, ptr): shade(*slot); if current stack is grey:
//! shade(ptr); *slot = ptr`. Having both halves is what lets Go scan each goroutine's stack
//! once, on its own, while the others keep running, and never rescan stacks at mark
//! termination (proposal 17503). Knowing whether the current stack is grey costs more than
//! shading, so in practice the compiler shades both unconditionally: it stores `new` and `old`
//! into a per-P buffer of 512 entries (`wbBuf`, mwbbuf.go) and calls `wbBufFlush` when the
//! buffer is full; the flush looks each pointer up and greys it. The barrier runs *before* the
//! store that publishes `new`, and is on only while the GC is in its mark phases.
//!
//! Ours is the same: [`write_barrier`] costs one Relaxed load of [`WB_ENABLED`] while the GC
//! is off; while it is on, it appends `new` then `old` (Go's order, cmd/compile's
//! `writebarrier.go`) to the current thread's [`WB_BUF_ENTRIES`]-entry buffer and hands a full
//! buffer to the flush hook the collector installs with [`set_flush_hook`]. Worker threads play
//! the role of Go's Ps, so the buffer is per thread. Like Go's, the buffer records raw values,
//! nil included; the flush is where non-heap values are filtered out.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::RwLock;

/// Whether the write barrier records pointers (Go's `writeBarrier.enabled`). The collector
/// flips it during a stop-the-world, which orders it with every mutator thread.
pub static WB_ENABLED: AtomicBool = AtomicBool::new(false);

/// The number of pointer entries a barrier buffer holds before it is flushed (mwbbuf.go).
pub const WB_BUF_ENTRIES: usize = 512;

/// A function that consumes a full (or final) buffer of shaded pointers.
pub type FlushHook = fn(&[u64]);

static FLUSH_HOOK: RwLock<Option<FlushHook>> = RwLock::new(None);

/// One thread's barrier buffer (Go's `wbBuf`).
struct WbBuf {
    next: usize,
    buf: [u64; WB_BUF_ENTRIES],
}

thread_local! {
    static WBBUF: RefCell<WbBuf> = const {
        RefCell::new(WbBuf { next: 0, buf: [0; WB_BUF_ENTRIES] })
    };
}

/// Turns the barrier on or off. The collector calls this with the world stopped.
pub fn set_enabled(on: bool) {
    WB_ENABLED.store(on, Ordering::SeqCst);
}

/// Whether the barrier is on.
#[inline]
pub fn enabled() -> bool {
    WB_ENABLED.load(Ordering::Relaxed)
}

/// Installs the function that receives full buffers (the collector's greying step). Without
/// one, a full buffer is discarded, since there is no collector to shade for.
pub fn set_flush_hook(hook: Option<FlushHook>) {
    *FLUSH_HOOK.write() = hook;
}

/// The barrier proper: called before `new` is stored into `slot`, which held `old`.
#[inline]
pub fn write_barrier(slot: u64, old: u64, new: u64) {
    if enabled() {
        record(slot, old, new);
    }
}

/// The slow path: append `new` and `old` to this thread's buffer.
#[cold]
#[inline(never)]
fn record(_slot: u64, old: u64, new: u64) {
    push(&[new, old]);
}

/// The deletion half alone, for stores of nil over a pointer (Go's `bulkBarrierPreWrite` with
/// no source records only `*slot`): records `old` when the barrier is on.
#[inline]
pub fn delete_barrier(_slot: u64, old: u64) {
    if enabled() {
        push(&[old]);
    }
}

/// Greys values that move through a table the runtime keeps outside the heap (a channel's
/// buffer) while the barrier is on; the caller checks [`enabled`].
pub fn shade(words: &[u64]) {
    for c in words.chunks(WB_BUF_ENTRIES) {
        push(c);
    }
}

/// Appends entries, first flushing the buffer if they would not fit (Go's `wbBuf.get1/get2`
/// call `wbBufFlush` when the buffer has no room).
fn push(entries: &[u64]) {
    let full = WBBUF.with(|b| {
        let mut b = b.borrow_mut();
        let flushed = if b.next + entries.len() > WB_BUF_ENTRIES {
            let all = (b.buf, b.next);
            b.next = 0;
            Some(all)
        } else {
            None
        };
        let n = b.next;
        b.buf[n..n + entries.len()].copy_from_slice(entries);
        b.next = n + entries.len();
        flushed
    });
    if let Some((entries, n)) = full {
        // The hook runs with no borrow held, so it may itself store pointers.
        call_hook(&entries[..n]);
    }
}

fn call_hook(entries: &[u64]) {
    let hook = *FLUSH_HOOK.read();
    if let Some(hook) = hook {
        hook(entries);
    }
}

/// Flushes this thread's buffer through the hook (Go's `wbBufFlush`, used by the collector at
/// mark termination on every worker).
pub fn flush_current_thread() {
    let entries = take_current_thread();
    if !entries.is_empty() {
        call_hook(&entries);
    }
}

/// Removes and returns the entries buffered on this thread, oldest first.
pub fn take_current_thread() -> Vec<u64> {
    WBBUF.with(|b| {
        let mut b = b.borrow_mut();
        let n = b.next;
        b.next = 0;
        b.buf[..n].to_vec()
    })
}

/// Serializes the tests (in this crate) that switch the process-wide barrier on or off.
#[cfg(test)]
pub(crate) static TEST_LOCK: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    static FLUSHED: AtomicUsize = AtomicUsize::new(0);

    fn count_hook(entries: &[u64]) {
        FLUSHED.fetch_add(entries.len(), Ordering::SeqCst);
    }

    #[test]
    fn disabled_records_nothing() {
        let _g = TEST_LOCK.lock();
        set_enabled(false);
        take_current_thread();
        write_barrier(0xc000010000, 1, 2);
        assert!(take_current_thread().is_empty());
    }

    #[test]
    fn enabled_records_new_then_old_and_flushes_when_full() {
        let _g = TEST_LOCK.lock();
        take_current_thread();
        set_flush_hook(Some(count_hook));
        FLUSHED.store(0, Ordering::SeqCst);
        set_enabled(true);
        write_barrier(0xc000010000, 0xaaa, 0xbbb);
        assert_eq!(take_current_thread(), vec![0xbbb, 0xaaa]);
        for i in 0..(WB_BUF_ENTRIES as u64 / 2 + 1) {
            write_barrier(0xc000010000, i, i + 1);
        }
        set_enabled(false);
        assert_eq!(FLUSHED.load(Ordering::SeqCst), WB_BUF_ENTRIES);
        assert_eq!(
            take_current_thread(),
            vec![WB_BUF_ENTRIES as u64 / 2 + 1, 256]
        );
        set_flush_hook(None);
    }
}
