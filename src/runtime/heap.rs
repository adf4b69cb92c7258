//! goscope's Go heap: every Go-visible byte, its allocator, and atomic access to it.
//!
//! # Address space
//!
//! A Go pointer is a VM address, a `u64` ([`Addr`]); nil is 0. The heap is one contiguous
//! reservation that starts at VM address `0xc000000000`, the first arena hint Go uses on
//! linux/amd64 (malloc.go, `mallocinit`), so goscope's pointers print the way Go's do. Outside
//! Miri the reservation is one `mmap(PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|
//! MAP_NORESERVE)` of 64 GiB: the kernel hands out zeroed pages only when they are touched.
//! Translating an address is `host_base + (addr - ARENA_BASE)` after one bounds check against the
//! committed high-water mark, which grows in 64 MiB steps, the size of Go's heap arenas
//! (`heapArenaBytes`). Under Miri the reservation is a small `alloc_zeroed` block instead.
//!
//! The first 64 KiB of the reservation are never allocated: `ZEROBASE`, the address every
//! zero-size allocation returns (Go's `zerobase`, malloc.go), lives there, and so the first real
//! object is at `0xc000010000`.
//!
//! # Layout and allocation (malloc.go, mheap.go, mcache.go, mcentral.go, mbitmap.go)
//!
//! Memory is managed in 8 KiB pages. A [`Span`] (Go's `mspan`) is a run of pages holding
//! objects of one *span class*: a size class from `sizeclasses.go` times a "noscan" bit, so that
//! pointer-free objects and pointerful ones never share a span, as in Go. Objects above 32 KiB
//! get a span of their own (class 0). Each span has side bitmaps of `AtomicU64`: alloc bits and
//! mark bits (one per object, Go's `allocBits` and `gcmarkBits`) and, for scan spans, a heap
//! pointer bitmap with one bit per 8-byte word, set at allocation from the type's pointer mask
//! (the role of Go's `heapBitsInSpan`/malloc headers/`largeType`). Pointerful objects above 512
//! bytes carry Go's 8-byte malloc header: they are rounded up from `size + 8` and the object
//! starts 8 bytes into its slot, so sizes and addresses come out as Go's; the header word itself
//! stays zero because our pointer bitmap is on the side. Pointer-free objects below 16 bytes go
//! through the tiny allocator, which packs them into 16-byte blocks as `mallocgc` does.
//!
//! | goscope | Go |
//! |---|---|
//! | [`Heap`] page allocator (`PageHeap`), page→span table | `mheap`, `pageAlloc`, `heapArena.spans` |
//! | `Central` (one per span class, a `parking_lot::Mutex`) | `mcentral` |
//! | [`Mcache`] (one per worker thread / P) | `mcache`, with `tiny`/`tinyoffset` |
//! | [`Span`] | `mspan` (`freeindex`, `allocCount`, `needzero`, bitmaps) |
//! | [`Heap::find_object`] | `findObject` (mbitmap.go) |
//! | [`Heap::start_sweep`], [`Heap::sweep_chunk`], [`Heap::finish_sweep`], `sweep_claimed` | `gcSweep`, `sweepone`, `finishsweep_m`, `mspan.sweep` (mgcsweep.go) |
//! | [`Heap::mem_stats`] | the allocator counters behind `runtime.MemStats` |
//!
//! # Why no Rust data race can happen, whatever the Go program does
//!
//! Go permits data races; Rust makes them undefined behaviour. goscope reconciles the two by
//! treating Go memory as a `[AtomicU64]` (design option A of the runtime brief): every access to
//! Go-visible memory is an atomic operation on a whole, aligned 64-bit word, and nothing else
//! ever touches that memory.
//!
//! * Plain Go loads and stores of 8 bytes are Relaxed atomic loads and stores: per-location
//!   coherence and no tearing, which is exactly Go's guarantee for word-sized racy accesses.
//!   Pointer loads and stores are Acquire/Release (free on amd64), which publishes the zeroing
//!   of a new object before the pointer to it.
//! * A load narrower than a word loads the containing word and extracts the bytes.
//! * A store narrower than a word is a `compare_exchange_weak` loop on the containing word. It
//!   is never a load-modify-store, because Go guarantees that writes to different bytes (two
//!   elements of a `[]byte`) never interfere; the CAS retries until it has replaced exactly its
//!   own bytes. All atomic accesses to a location therefore have the same size (8 bytes), so
//!   the C++20/Rust rule against racing mixed-size atomic writes is never in play.
//! * `sync/atomic` operations are SeqCst on the same words.
//! * Bulk operations (`memmove`, `memclr`, `read_bytes`, ...) are sequences of the above: whole
//!   words in the middle, CAS merges only at partial edge words. A racing reader may see a
//!   multi-word value torn, which Go also allows.
//! * Every access validates its address first: below 4096 is a nil dereference, outside the
//!   committed heap or misaligned is an invalid address, and both are returned as a [`Fault`]
//!   for the VM to turn into Go's panic. The whole reservation stays mapped for the heap's
//!   lifetime, so even a stale view of the committed mark cannot reach unmapped memory.
//! * Allocator metadata (bitmaps, counters, the page→span table) is atomic too, and the
//!   structures that are not (free lists, central lists) sit behind `parking_lot` mutexes. Span
//!   records are never freed while the heap lives (they are recycled), so a reference obtained
//!   from the page table stays valid even if the span is freed concurrently.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ptr::NonNull;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU8, AtomicU64, AtomicUsize, Ordering};

use parking_lot::Mutex;

use super::barrier;
use super::sizeclasses::{
    MALLOC_HEADER_SIZE, MAX_SMALL_SIZE, MAX_TINY_SIZE, MIN_SIZE_FOR_MALLOC_HEADER,
    NUM_SIZE_CLASSES, PAGE_SHIFT, PAGE_SIZE, class_nobjs, class_npages, class_size, size_to_class,
};

use Ordering::{AcqRel, Acquire, Relaxed, Release, SeqCst};

/// A VM address: what a Go pointer holds. Nil is 0.
pub type Addr = u64;

/// The first VM address of the heap: Go's first arena hint on linux/amd64 (`0x00c0 << 32`).
pub const ARENA_BASE: Addr = 0x00c0 << 32;
/// Addresses below this fault as nil dereferences (Go's `minLegalPointer`).
pub const NIL_LIMIT: Addr = 4096;
/// The committed high-water mark grows in steps of this size (Go's `heapArenaBytes`).
pub const ARENA_SIZE: u64 = 64 << 20;
/// Bytes at the start of the reservation that are never allocated (they hold `ZEROBASE`).
pub const RESERVED_PREFIX: u64 = 64 << 10;
/// The address of every zero-size allocation (Go's `&zerobase`).
pub const ZEROBASE: Addr = ARENA_BASE;
/// Size of the default reservation: 64 GiB of address space.
#[cfg(not(miri))]
pub const DEFAULT_RESERVE: u64 = 64 << 30;
/// Size of the default reservation under Miri, which cannot mmap.
#[cfg(miri)]
pub const DEFAULT_RESERVE: u64 = 8 << 20;
/// Number of span classes: each size class with and without pointers (Go's `numSpanClasses`).
pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES * 2;

/// Why an access to Go memory failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The address is below 4096: Go reports a nil pointer dereference.
    Nil { addr: Addr },
    /// The address is outside the committed heap, or misaligned for the access size.
    Invalid { addr: Addr },
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Nil { addr } => write!(f, "nil pointer dereference at {addr:#x}"),
            Fault::Invalid { addr } => write!(f, "invalid memory address {addr:#x}"),
        }
    }
}

/// The allocation could not be satisfied: the reservation is exhausted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory {
    /// The requested size in bytes.
    pub size: u64,
}

/// A snapshot of the allocator's counters (the heap part of `runtime.MemStats`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemStats {
    /// Cumulative count of objects allocated (tiny allocations included, as in Go).
    pub mallocs: u64,
    /// Cumulative count of objects freed (Go also counts each tiny allocation here).
    pub frees: u64,
    /// Bytes of allocated heap objects, freed ones excluded once swept.
    pub heap_alloc: u64,
    /// Cumulative bytes allocated.
    pub total_alloc: u64,
    /// Bytes in spans that are in use.
    pub heap_inuse: u64,
    /// Bytes of heap address space committed.
    pub heap_sys: u64,
    /// Number of allocated heap objects (`mallocs - frees`).
    pub heap_objects: u64,
    /// Bytes of free pages returned to the operating system (MemStats.HeapReleased).
    pub heap_released: u64,
}

#[derive(Default)]
struct Counters {
    mallocs: AtomicU64,
    frees: AtomicU64,
    total_alloc: AtomicU64,
    /// Bytes freed by sweeping: HeapAlloc is `total_alloc - freed_bytes`, and HeapObjects
    /// `mallocs - frees`, so an allocation updates two shared counters, not four.
    freed_bytes: AtomicU64,
    heap_inuse: AtomicU64,
    heap_sys: AtomicU64,
    heap_released: AtomicU64,
}

/// The host memory behind the heap: one zero-initialized block, alive as long as the heap.
struct Region {
    ptr: NonNull<AtomicU64>,
    len: usize,
}

impl Region {
    #[cfg(not(miri))]
    fn new(len: usize) -> std::io::Result<Region> {
        // SAFETY: an anonymous private mapping with no address hint has no preconditions.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let ptr = NonNull::new(p.cast::<AtomicU64>()).expect("mmap returned null");
        Ok(Region { ptr, len })
    }

    #[cfg(miri)]
    fn new(len: usize) -> std::io::Result<Region> {
        let layout = std::alloc::Layout::from_size_align(len, 4096).unwrap();
        // SAFETY: the layout has a nonzero size.
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        match NonNull::new(p.cast::<AtomicU64>()) {
            Some(ptr) => Ok(Region { ptr, len }),
            None => Err(std::io::Error::from(std::io::ErrorKind::OutOfMemory)),
        }
    }
}

impl Region {
    /// Gives the physical memory behind `len` bytes at offset `off` back to the operating
    /// system (Go's `sysUnused`): the range stays mapped and reads as zeros afterwards.
    /// Only free pages are released, which no Go object occupies.
    fn release(&self, off: u64, len: u64) {
        debug_assert!(off + len <= self.len as u64);
        // SAFETY: the range lies inside the mapping made in `new`; MADV_DONTNEED on a
        // private anonymous mapping only replaces its pages by zero-fill-on-demand ones.
        #[cfg(not(miri))]
        unsafe {
            libc::madvise(
                self.ptr.as_ptr().cast::<u8>().add(off as usize).cast(),
                len as usize,
                libc::MADV_DONTNEED,
            );
        }
        #[cfg(miri)]
        let _ = (off, len);
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        // SAFETY: the pointer and length are those of the mapping made in `new`.
        #[cfg(not(miri))]
        unsafe {
            libc::munmap(self.ptr.as_ptr().cast(), self.len);
        }
        // SAFETY: the pointer and layout are those of the allocation made in `new`.
        #[cfg(miri)]
        unsafe {
            let layout = std::alloc::Layout::from_size_align(self.len, 4096).unwrap();
            std::alloc::dealloc(self.ptr.as_ptr().cast(), layout);
        }
    }
}

/// A zero-initialized, fixed-size table of atomic span pointers (one per page).
fn zeroed_span_table(n: usize) -> Box<[AtomicPtr<Span>]> {
    if n == 0 {
        return Box::new([]);
    }
    let layout = std::alloc::Layout::array::<AtomicPtr<Span>>(n).unwrap();
    // SAFETY: the layout is nonzero; all-zero bytes are a valid (null) `AtomicPtr`, and the
    // block is handed to `Box` with the same layout it was allocated with.
    unsafe {
        let p = std::alloc::alloc_zeroed(layout).cast::<AtomicPtr<Span>>();
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, n))
    }
}

fn bitmap(nbits: u64) -> Box<[AtomicU64]> {
    (0..nbits.div_ceil(64)).map(|_| AtomicU64::new(0)).collect()
}

#[inline]
fn bit(bm: &[AtomicU64], i: u64) -> bool {
    bm[(i / 64) as usize].load(Relaxed) & (1 << (i % 64)) != 0
}

/// The low `n` bits set (n in 0..=64).
#[inline]
fn low_mask(n: u64) -> u64 {
    if n >= 64 { !0 } else { (1u64 << n) - 1 }
}

/// Bits `start .. start + count` (count ≤ 64) of a pointer mask; bits past its end are 0.
fn mask_window(mask: &[u64], start: u64, count: u64) -> u64 {
    let w = (start / 64) as usize;
    let sh = start % 64;
    let lo = mask.get(w).copied().unwrap_or(0) >> sh;
    let hi = if sh == 0 {
        0
    } else {
        mask.get(w + 1).copied().unwrap_or(0) << (64 - sh)
    };
    (lo | hi) & low_mask(count)
}

/// Builds the pointer mask of `count` consecutive elements of `elem_words` words each, from the
/// element type's mask (what Go's `heapSetType` does for arrays and slices).
pub fn repeat_ptrmask(elem_mask: &[u64], elem_words: u64, count: u64) -> Vec<u64> {
    let total = elem_words * count;
    let mut out = vec![0u64; total.div_ceil(64) as usize];
    for e in 0..count {
        let mut i = 0;
        while i < elem_words {
            let n = (elem_words - i).min(64);
            let v = mask_window(elem_mask, i, n);
            let at = e * elem_words + i;
            if v != 0 {
                out[(at / 64) as usize] |= v << (at % 64);
                if !at.is_multiple_of(64) && at % 64 + n > 64 {
                    out[(at / 64) as usize + 1] |= v >> (64 - at % 64);
                }
            }
            i += n;
        }
    }
    out
}

const SPAN_FREE: u8 = 0;
const SPAN_IN_USE: u8 = 1;
/// The sweep generation of an unused span record: odd, so that no sweeper ever claims it.
const SPAN_GEN_FREE: u64 = u64::MAX;
/// The heap's first sweep generation (even; far enough from zero that `h - 2` never wraps).
const FIRST_SWEEPGEN: u64 = 4;
/// Spans a sweeper takes from the sweep cursor at a time.
const SWEEP_CHUNK: usize = 32;

/// A run of pages holding objects of one span class (Go's `mspan`). Span records are owned by
/// their heap and recycled, never freed, while it lives.
pub struct Span {
    base: AtomicU64,
    npages: u64,
    spanclass: u8,
    elem_size: u64,
    nelems: u64,
    state: AtomicU8,
    /// Slots below this index are known to be allocated (Go's `freeindex`).
    free_index: AtomicU64,
    alloc_count: AtomicU64,
    /// Whether free slots may hold old data and must be zeroed when allocated.
    needzero: AtomicBool,
    /// Whether an `Mcache` currently owns the span.
    cached: AtomicBool,
    /// Whether the span is on its central partial list.
    in_partial: AtomicBool,
    /// The span's sweep state relative to the heap's sweep generation `h` (Go's
    /// `mspan.sweepgen`): `h - 2` needs sweeping, `h - 1` is being swept, `h` is swept,
    /// `h + 1` was cached before the sweep began and still needs sweeping, `h + 3` is swept
    /// and cached; [`SPAN_GEN_FREE`] while the record is unused.
    sweepgen: AtomicU64,
    alloc_bits: Box<[AtomicU64]>,
    mark_bits: Box<[AtomicU64]>,
    /// One bit per 8-byte word of the span; empty for noscan spans.
    ptr_bits: Box<[AtomicU64]>,
}

impl Span {
    fn new(spanclass: u8, npages: u64) -> Span {
        let class = spanclass >> 1;
        let noscan = spanclass & 1 == 1;
        let (elem_size, nelems) = if class == 0 {
            (npages * PAGE_SIZE, 1)
        } else {
            (class_size(class), class_nobjs(class))
        };
        Span {
            base: AtomicU64::new(0),
            npages,
            spanclass,
            elem_size,
            nelems,
            state: AtomicU8::new(SPAN_FREE),
            free_index: AtomicU64::new(0),
            alloc_count: AtomicU64::new(0),
            needzero: AtomicBool::new(false),
            cached: AtomicBool::new(false),
            in_partial: AtomicBool::new(false),
            sweepgen: AtomicU64::new(SPAN_GEN_FREE),
            alloc_bits: bitmap(nelems),
            mark_bits: bitmap(nelems),
            ptr_bits: if noscan {
                Box::new([])
            } else {
                bitmap(npages * PAGE_SIZE / 8)
            },
        }
    }

    /// The span's first address.
    #[inline]
    pub fn base(&self) -> Addr {
        self.base.load(Relaxed)
    }
    /// The number of 8 KiB pages.
    pub fn npages(&self) -> u64 {
        self.npages
    }
    /// The size class (0 for a large object's span).
    pub fn size_class(&self) -> u8 {
        self.spanclass >> 1
    }
    /// Whether the span holds only pointer-free objects.
    pub fn noscan(&self) -> bool {
        self.spanclass & 1 == 1
    }
    /// The size of each object slot.
    pub fn elem_size(&self) -> u64 {
        self.elem_size
    }
    /// The number of object slots.
    pub fn nelems(&self) -> u64 {
        self.nelems
    }
    /// One past the last object slot (Go's `s.limit`).
    pub fn limit(&self) -> Addr {
        self.base() + self.nelems * self.elem_size
    }
    /// Whether the span currently holds objects (Go's `mSpanInUse`).
    pub fn in_use(&self) -> bool {
        self.state.load(Acquire) == SPAN_IN_USE
    }
    /// The number of allocated slots.
    pub fn alloc_count(&self) -> u64 {
        self.alloc_count.load(Relaxed)
    }
    /// Whether slot `i` is allocated.
    pub fn is_allocated(&self, i: u64) -> bool {
        i < self.nelems && bit(&self.alloc_bits, i)
    }
    /// Whether slot `i` is marked.
    pub fn is_marked(&self, i: u64) -> bool {
        i < self.nelems && bit(&self.mark_bits, i)
    }
    /// Marks slot `i`; returns true if this call set the bit (Go's `greyobject` test-and-set).
    pub fn set_marked(&self, i: u64) -> bool {
        if i >= self.nelems {
            return false;
        }
        let m = 1u64 << (i % 64);
        self.mark_bits[(i / 64) as usize].fetch_or(m, Relaxed) & m == 0
    }
    /// The address of slot `i`.
    pub fn object_base(&self, i: u64) -> Addr {
        self.base() + i * self.elem_size
    }
    /// Whether the word at `addr` (inside this span) holds a pointer, per the heap bitmap.
    pub fn is_pointer_word(&self, addr: Addr) -> bool {
        if self.ptr_bits.is_empty() || addr < self.base() {
            return false;
        }
        let w = (addr - self.base()) / 8;
        w < self.npages * PAGE_SIZE / 8 && bit(&self.ptr_bits, w)
    }

    /// Finds, claims and returns a free slot at or after `free_index`. Only the owning `Mcache`
    /// (or the heap, for a fresh large span) allocates from a span.
    fn take_free_slot(&self) -> Option<u64> {
        let n = self.nelems;
        let mut i = self.free_index.load(Relaxed);
        while i < n {
            let w = i / 64;
            let taken = self.alloc_bits[w as usize].load(Relaxed) | low_mask(i % 64);
            if taken == !0 {
                i = (w + 1) * 64;
                continue;
            }
            let j = w * 64 + (!taken).trailing_zeros() as u64;
            if j >= n {
                break;
            }
            self.alloc_bits[w as usize].fetch_or(1 << (j % 64), Relaxed);
            self.free_index.store(j + 1, Relaxed);
            self.alloc_count.fetch_add(1, Relaxed);
            return Some(j);
        }
        self.free_index.store(n, Relaxed);
        None
    }

    /// Sets the pointer bits of the slot at `slot` from `ptrmask`, whose bit 0 describes the
    /// word at `slot + skip_words * 8`; the slot's other bits are cleared.
    fn set_ptr_bits(&self, slot: Addr, skip_words: u64, ptrmask: &[u64]) {
        let start = (slot - self.base()) / 8;
        let end = start + self.elem_size / 8;
        let data = start + skip_words;
        let mut lo = start;
        while lo < end {
            let w = lo / 64;
            let hi = end.min((w + 1) * 64);
            let sel = low_mask(hi - lo) << (lo % 64);
            let first = lo.max(data);
            let val = if first < hi {
                mask_window(ptrmask, first - data, hi - first) << (first % 64)
            } else {
                0
            };
            let word = &self.ptr_bits[w as usize];
            let _ = word.fetch_update(Relaxed, Relaxed, |x| Some((x & !sel) | val));
            lo = hi;
        }
    }

    /// Frees every allocated but unmarked slot and clears the mark bits (the bitmap half of
    /// Go's `mspan.sweep`: `allocBits = gcmarkBits`). Returns the number of slots freed.
    fn sweep_bits(&self) -> u64 {
        let mut freed = 0;
        for (a, m) in self.alloc_bits.iter().zip(self.mark_bits.iter()) {
            let marks = m.swap(0, Relaxed);
            let old = a.fetch_and(marks, Relaxed);
            freed += (old & !marks).count_ones() as u64;
        }
        if freed > 0 {
            self.alloc_count.fetch_sub(freed, Relaxed);
            self.needzero.store(true, Relaxed);
        }
        self.free_index.store(0, Relaxed);
        freed
    }
}

/// A span pointer that can live in mutex-protected lists and in an `Mcache`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct SpanPtr(NonNull<Span>);

// SAFETY: a `Span` is made of atomics and immutable fields, so it is `Sync`; the pointee is
// owned by its heap and outlives every list that holds the pointer.
unsafe impl Send for SpanPtr {}
// SAFETY: as above.
unsafe impl Sync for SpanPtr {}

impl SpanPtr {
    /// # Safety
    /// The span's heap must be alive for `'a`.
    unsafe fn get<'a>(self) -> &'a Span {
        // SAFETY: spans are boxed, owned by their heap and never freed while it lives.
        unsafe { self.0.as_ref() }
    }
}

/// What some sweeping did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SweepResult {
    /// Spans swept.
    pub spans: u64,
    /// Objects freed.
    pub freed_objects: u64,
    /// Bytes freed (object slots times their size).
    pub freed_bytes: u64,
    /// Spans that became empty and whose pages went back to the heap.
    pub spans_freed: u64,
}

impl SweepResult {
    fn add(&mut self, o: SweepResult) {
        self.spans += o.spans;
        self.freed_objects += o.freed_objects;
        self.freed_bytes += o.freed_bytes;
        self.spans_freed += o.spans_freed;
    }
}

/// An object found by [`Heap::find_object`].
#[derive(Clone, Copy)]
pub struct ObjectRef<'h> {
    /// The address of the object's slot.
    pub base: Addr,
    /// The slot size.
    pub size: u64,
    /// The slot's index in its span.
    pub index: u64,
    /// The span holding it.
    pub span: &'h Span,
}

impl fmt::Debug for ObjectRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ObjectRef {{ base: {:#x}, size: {}, index: {} }}",
            self.base, self.size, self.index
        )
    }
}

/// Per-thread allocation state (Go's `mcache`): the current span of each span class and the
/// tiny block. One per worker thread (P); it binds to the first heap it allocates from. Give
/// it back with [`Heap::release_mcache`] before dropping it or sweeping: spans it still holds
/// are skipped by the sweeper's free-list bookkeeping until then.
pub struct Mcache {
    heap_id: u64,
    /// The heap's sweep generation when the cache was last emptied: a cache that has not
    /// been emptied since a sweep began gives its spans back before it allocates again
    /// (Go's `mcache.flushGen` and `prepareForSweep`).
    flush_gen: u64,
    alloc: [Option<SpanPtr>; NUM_SPAN_CLASSES],
    tiny: Addr,
    tiny_offset: u64,
}

impl Default for Mcache {
    fn default() -> Self {
        Mcache::new()
    }
}

impl Mcache {
    /// An empty cache.
    pub fn new() -> Mcache {
        Mcache {
            heap_id: 0,
            flush_gen: 0,
            alloc: [None; NUM_SPAN_CLASSES],
            tiny: 0,
            tiny_offset: 0,
        }
    }
}

/// Free page runs and the bump pointer (Go's `mheap` page allocator, much simplified).
struct PageHeap {
    /// The next never-used page index.
    next: u64,
    /// Free runs: first page → number of pages.
    free: BTreeMap<u64, u64>,
    /// Free pages given back to the operating system, as disjoint runs inside `free`.
    released: BTreeMap<u64, u64>,
}

impl PageHeap {
    /// Forgets that pages `[start, start + n)` were released (they are being allocated).
    /// Returns how many of them were.
    fn unrelease(&mut self, start: u64, n: u64) -> u64 {
        let end = start + n;
        let over: Vec<(u64, u64)> = self
            .released
            .range(..end)
            .rev()
            .take_while(|&(&s, &l)| s + l > start)
            .map(|(&s, &l)| (s, l))
            .collect();
        let mut count = 0;
        for (s, l) in over {
            self.released.remove(&s);
            if s < start {
                self.released.insert(s, start - s);
            }
            if s + l > end {
                self.released.insert(end, s + l - end);
            }
            count += (s + l).min(end) - s.max(start);
        }
        count
    }

    /// Pages of free runs not released.
    fn resident_free(&self) -> u64 {
        let free: u64 = self.free.values().sum();
        free - self.released.values().sum::<u64>()
    }
}

/// Per-span-class partial spans (Go's `mcentral`).
#[derive(Default)]
struct Central {
    partial: Vec<SpanPtr>,
}

/// Ownership of span records (Go's `allspans`) and recycled records by shape.
#[derive(Default)]
struct AllSpans {
    // Boxed so that a span's address stays put when the vector grows.
    #[allow(clippy::vec_box)]
    owned: Vec<Box<Span>>,
    pool: HashMap<(u8, u64), Vec<SpanPtr>>,
}

/// The Go heap.
pub struct Heap {
    id: u64,
    mem: Region,
    reserve: u64,
    committed: AtomicU64,
    spans: Box<[AtomicPtr<Span>]>,
    pages: Mutex<PageHeap>,
    central: Box<[Mutex<Central>]>,
    all: Mutex<AllSpans>,
    stats: Counters,
    /// While the collector marks, new objects are allocated black (Go's `gcmarknewobject`).
    alloc_black: AtomicBool,
    /// The sweep generation (Go's `mheap_.sweepgen`): up by 2 when a mark phase ends,
    /// which makes every span not cached unswept at once (see [`Span`]'s `sweepgen`).
    sweepgen: AtomicU64,
    /// The next index into the span records for the background sweeper (Go's
    /// `mheap_.sweepSpans` walk).
    sweep_cursor: AtomicUsize,
    /// Sweepers between claiming a span and publishing it swept (Go's `sweep.active`).
    sweepers: AtomicUsize,
    /// A sweep began since the background scavenger last ran.
    scavenge_due: AtomicBool,
}

// SAFETY: the raw region pointer is only dereferenced through atomic types, span pointers point
// to records owned by the heap, and every non-atomic field is behind a mutex.
unsafe impl Send for Heap {}
// SAFETY: as above.
unsafe impl Sync for Heap {}

static NEXT_HEAP_ID: AtomicU64 = AtomicU64::new(1);
static HEAP: OnceLock<Heap> = OnceLock::new();

/// The process's heap (Go has exactly one).
#[inline(always)]
pub fn heap() -> &'static Heap {
    match HEAP.get() {
        Some(h) => h,
        None => heap_init(),
    }
}

/// The first [`heap`] call: reserves the arena.
#[cold]
#[inline(never)]
fn heap_init() -> &'static Heap {
    HEAP.get_or_init(|| match Heap::new() {
        Ok(h) => h,
        Err(e) => {
            eprintln!("runtime: cannot reserve arena virtual address space: {e}");
            eprintln!("fatal error: out of memory");
            std::process::exit(2)
        }
    })
}

impl Heap {
    /// A heap with the default reservation.
    pub fn new() -> std::io::Result<Heap> {
        Heap::with_reserve(DEFAULT_RESERVE)
    }

    /// A heap reserving `reserve` bytes of address space (rounded down to whole pages; at least
    /// the 64 KiB prefix plus one page).
    pub fn with_reserve(reserve: u64) -> std::io::Result<Heap> {
        let reserve = (reserve & !(PAGE_SIZE - 1)).max(RESERVED_PREFIX + PAGE_SIZE);
        let mem = Region::new(reserve as usize)?;
        let committed = ARENA_SIZE.min(reserve);
        let stats = Counters::default();
        stats.heap_sys.store(committed, Relaxed);
        Ok(Heap {
            id: NEXT_HEAP_ID.fetch_add(1, Relaxed),
            mem,
            reserve,
            committed: AtomicU64::new(committed),
            spans: zeroed_span_table((reserve >> PAGE_SHIFT) as usize),
            pages: Mutex::new(PageHeap {
                next: RESERVED_PREFIX >> PAGE_SHIFT,
                free: BTreeMap::new(),
                released: BTreeMap::new(),
            }),
            central: (0..NUM_SPAN_CLASSES).map(|_| Mutex::default()).collect(),
            all: Mutex::default(),
            stats,
            alloc_black: AtomicBool::new(false),
            sweepgen: AtomicU64::new(FIRST_SWEEPGEN),
            sweep_cursor: AtomicUsize::new(usize::MAX),
            sweepers: AtomicUsize::new(0),
            scavenge_due: AtomicBool::new(false),
        })
    }

    /// The committed high-water mark: `[ARENA_BASE, ARENA_BASE + committed)` is accessible.
    pub fn committed(&self) -> u64 {
        self.committed.load(Relaxed)
    }

    // ---- Validation and translation -------------------------------------------------------

    /// Validates an access of `size` bytes at `addr` with alignment `align` (a power of two)
    /// and returns the offset from `ARENA_BASE`.
    #[inline]
    fn check(&self, addr: Addr, size: u64, align: u64) -> Result<u64, Fault> {
        if addr < NIL_LIMIT {
            return Err(Fault::Nil { addr });
        }
        let off = addr.wrapping_sub(ARENA_BASE);
        let committed = self.committed.load(Relaxed);
        if addr < ARENA_BASE || off > committed || size > committed - off || addr & (align - 1) != 0
        {
            return Err(Fault::Invalid { addr });
        }
        Ok(off)
    }

    /// The word at byte offset `off` (rounded down to a word).
    #[inline]
    fn word(&self, off: u64) -> &AtomicU64 {
        debug_assert!(off < self.reserve);
        // SAFETY: every caller has validated `off` against `committed`, which never exceeds the
        // reservation; the reservation is mapped, zero-initialized and aligned for the heap's
        // whole lifetime, and is only ever accessed through atomics.
        unsafe { &*self.mem.ptr.as_ptr().add((off >> 3) as usize) }
    }

    /// Reads `n` (1..=8) bytes at validated offset `off` as a little-endian value.
    #[inline]
    fn read_le(&self, off: u64, n: u64) -> u64 {
        let sh = off & 7;
        let w0 = self.word(off - sh).load(Relaxed);
        if sh == 0 {
            return w0 & low_mask(n * 8);
        }
        let mut v = w0 >> (sh * 8);
        if sh + n > 8 {
            v |= self.word(off - sh + 8).load(Relaxed) << ((8 - sh) * 8);
        }
        v & low_mask(n * 8)
    }

    /// Writes `n` (1..=8) bytes within one word at validated offset `off`: a plain atomic
    /// store for a whole word, a CAS merge for part of one.
    #[inline]
    fn write_in_word(&self, off: u64, n: u64, v: u64, order: Ordering) {
        let sh = off & 7;
        let w = self.word(off - sh);
        if n == 8 {
            w.store(v, order);
            return;
        }
        let mask = low_mask(n * 8) << (sh * 8);
        let bits = (v << (sh * 8)) & mask;
        let mut cur = w.load(Relaxed);
        loop {
            match w.compare_exchange_weak(cur, (cur & !mask) | bits, order, Relaxed) {
                Ok(_) => return,
                Err(now) => cur = now,
            }
        }
    }

    // ---- Scalar accesses -------------------------------------------------------------------

    /// Loads a byte.
    #[inline]
    pub fn load_u8(&self, addr: Addr) -> Result<u8, Fault> {
        let off = self.check(addr, 1, 1)?;
        Ok(self.read_le(off, 1) as u8)
    }
    /// Loads a 2-byte value (2-aligned).
    #[inline]
    pub fn load_u16(&self, addr: Addr) -> Result<u16, Fault> {
        let off = self.check(addr, 2, 2)?;
        Ok(self.read_le(off, 2) as u16)
    }
    /// Loads a 4-byte value (4-aligned).
    #[inline]
    pub fn load_u32(&self, addr: Addr) -> Result<u32, Fault> {
        let off = self.check(addr, 4, 4)?;
        Ok(self.read_le(off, 4) as u32)
    }
    /// Loads an 8-byte value (8-aligned).
    #[inline]
    pub fn load_u64(&self, addr: Addr) -> Result<u64, Fault> {
        let off = self.check(addr, 8, 8)?;
        Ok(self.word(off).load(Relaxed))
    }
    /// Stores a byte (a CAS on the containing word).
    #[inline]
    pub fn store_u8(&self, addr: Addr, v: u8) -> Result<(), Fault> {
        let off = self.check(addr, 1, 1)?;
        self.write_in_word(off, 1, v as u64, Relaxed);
        Ok(())
    }
    /// Stores a 2-byte value (2-aligned).
    #[inline]
    pub fn store_u16(&self, addr: Addr, v: u16) -> Result<(), Fault> {
        let off = self.check(addr, 2, 2)?;
        self.write_in_word(off, 2, v as u64, Relaxed);
        Ok(())
    }
    /// Stores a 4-byte value (4-aligned).
    #[inline]
    pub fn store_u32(&self, addr: Addr, v: u32) -> Result<(), Fault> {
        let off = self.check(addr, 4, 4)?;
        self.write_in_word(off, 4, v as u64, Relaxed);
        Ok(())
    }
    /// Stores an 8-byte non-pointer value (8-aligned). Pointers go through [`Heap::store_ptr`].
    #[inline]
    pub fn store_u64(&self, addr: Addr, v: u64) -> Result<(), Fault> {
        let off = self.check(addr, 8, 8)?;
        self.word(off).store(v, Relaxed);
        Ok(())
    }

    // ---- sync/atomic ------------------------------------------------------------------------

    /// `atomic.LoadUint32`.
    #[inline]
    pub fn load_u32_seqcst(&self, addr: Addr) -> Result<u32, Fault> {
        let off = self.check(addr, 4, 4)?;
        Ok((self.word(off & !7).load(SeqCst) >> ((off & 7) * 8)) as u32)
    }
    /// `atomic.LoadUint64`.
    #[inline]
    pub fn load_u64_seqcst(&self, addr: Addr) -> Result<u64, Fault> {
        let off = self.check(addr, 8, 8)?;
        Ok(self.word(off).load(SeqCst))
    }
    /// `atomic.StoreUint32`.
    #[inline]
    pub fn store_u32_seqcst(&self, addr: Addr, v: u32) -> Result<(), Fault> {
        let off = self.check(addr, 4, 4)?;
        self.write_in_word(off, 4, v as u64, SeqCst);
        Ok(())
    }
    /// `atomic.StoreUint64`.
    #[inline]
    pub fn store_u64_seqcst(&self, addr: Addr, v: u64) -> Result<(), Fault> {
        let off = self.check(addr, 8, 8)?;
        self.word(off).store(v, SeqCst);
        Ok(())
    }

    /// Applies `f` to the 4-byte half at validated offset `off` with a SeqCst CAS loop; `f`
    /// returning `None` leaves memory unchanged. Returns the old value and whether it stored.
    fn update_u32(&self, off: u64, f: impl Fn(u32) -> Option<u32>) -> (u32, bool) {
        let sh = (off & 7) * 8;
        let w = self.word(off & !7);
        let mut cur = w.load(SeqCst);
        loop {
            let old = (cur >> sh) as u32;
            let Some(new) = f(old) else {
                return (old, false);
            };
            let next = (cur & !(0xffff_ffffu64 << sh)) | ((new as u64) << sh);
            match w.compare_exchange_weak(cur, next, SeqCst, SeqCst) {
                Ok(_) => return (old, true),
                Err(now) => cur = now,
            }
        }
    }

    /// `atomic.CompareAndSwapUint32`.
    pub fn cas_u32(&self, addr: Addr, old: u32, new: u32) -> Result<bool, Fault> {
        let off = self.check(addr, 4, 4)?;
        Ok(self.update_u32(off, |x| (x == old).then_some(new)).1)
    }
    /// `atomic.CompareAndSwapUint64`.
    pub fn cas_u64(&self, addr: Addr, old: u64, new: u64) -> Result<bool, Fault> {
        let off = self.check(addr, 8, 8)?;
        Ok(self
            .word(off)
            .compare_exchange(old, new, SeqCst, SeqCst)
            .is_ok())
    }
    /// `atomic.SwapUint32`: returns the old value.
    pub fn swap_u32(&self, addr: Addr, v: u32) -> Result<u32, Fault> {
        let off = self.check(addr, 4, 4)?;
        Ok(self.update_u32(off, |_| Some(v)).0)
    }
    /// `atomic.SwapUint64`: returns the old value.
    pub fn swap_u64(&self, addr: Addr, v: u64) -> Result<u64, Fault> {
        let off = self.check(addr, 8, 8)?;
        Ok(self.word(off).swap(v, SeqCst))
    }
    /// Adds with wrap-around and returns the *old* value (Go's `atomic.AddUint32` returns the
    /// new one, `old + delta`).
    pub fn fetch_add_u32(&self, addr: Addr, delta: u32) -> Result<u32, Fault> {
        let off = self.check(addr, 4, 4)?;
        Ok(self.update_u32(off, |x| Some(x.wrapping_add(delta))).0)
    }
    /// Adds with wrap-around and returns the *old* value.
    pub fn fetch_add_u64(&self, addr: Addr, delta: u64) -> Result<u64, Fault> {
        let off = self.check(addr, 8, 8)?;
        Ok(self.word(off).fetch_add(delta, SeqCst))
    }

    // ---- Pointers ---------------------------------------------------------------------------

    /// Loads a pointer word (Acquire, pairing with [`Heap::store_ptr`]).
    #[inline]
    pub fn load_ptr(&self, addr: Addr) -> Result<Addr, Fault> {
        let off = self.check(addr, 8, 8)?;
        Ok(self.word(off).load(Acquire))
    }

    /// Stores a pointer into a heap (or global) slot, through the write barrier.
    #[inline]
    pub fn store_ptr(&self, slot: Addr, new: Addr) -> Result<(), Fault> {
        let off = self.check(slot, 8, 8)?;
        let w = self.word(off);
        if barrier::enabled() {
            barrier::write_barrier(slot, w.load(Relaxed), new);
        }
        w.store(new, Release);
        Ok(())
    }

    // ---- Bulk operations ----------------------------------------------------------------------

    /// Calls `f(piece_offset, piece_len)` for the pieces of `[off, off + n)` that each lie in
    /// one word, in ascending or descending order.
    #[inline]
    fn for_pieces(off: u64, n: u64, descending: bool, mut f: impl FnMut(u64, u64)) {
        let end = off + n;
        let first = off & !7;
        let last = (end - 1) & !7;
        let piece = |w: u64| {
            let a = w.max(off);
            let b = (w + 8).min(end);
            (a, b - a)
        };
        if descending {
            let mut w = last;
            loop {
                let (a, k) = piece(w);
                f(a, k);
                if w == first {
                    break;
                }
                w -= 8;
            }
        } else {
            let mut w = first;
            while w <= last {
                let (a, k) = piece(w);
                f(a, k);
                w += 8;
            }
        }
    }

    /// Copies `n` bytes from `src` to `dst`; the ranges may overlap (Go's `memmove`).
    pub fn memmove(&self, dst: Addr, src: Addr, n: u64) -> Result<(), Fault> {
        if n == 0 {
            return Ok(());
        }
        let d = self.check(dst, n, 1)?;
        let s = self.check(src, n, 1)?;
        if d == s {
            return Ok(());
        }
        // Copy upwards unless dst overlaps the end of src; then copy downwards, so that no
        // source byte is read after it has been overwritten.
        let descending = d > s && d < s + n;
        Self::for_pieces(d, n, descending, |a, k| {
            let v = self.read_le(s + (a - d), k);
            self.write_in_word(a, k, v, Relaxed);
        });
        Ok(())
    }

    /// Zeroes `n` bytes at `dst` (Go's `memclrNoHeapPointers`).
    pub fn memclr(&self, dst: Addr, n: u64) -> Result<(), Fault> {
        if n == 0 {
            return Ok(());
        }
        let d = self.check(dst, n, 1)?;
        Self::for_pieces(d, n, false, |a, k| self.write_in_word(a, k, 0, Relaxed));
        Ok(())
    }

    /// Whether `n` bytes at `a` and at `b` are equal (Go's `memequal`).
    pub fn memequal(&self, a: Addr, b: Addr, n: u64) -> Result<bool, Fault> {
        if n == 0 {
            return Ok(true);
        }
        let oa = self.check(a, n, 1)?;
        let ob = self.check(b, n, 1)?;
        let mut eq = true;
        Self::for_pieces(oa, n, false, |p, k| {
            if eq && self.read_le(p, k) != self.read_le(ob + (p - oa), k) {
                eq = false;
            }
        });
        Ok(eq)
    }

    /// Copies `buf.len()` bytes at `addr` into `buf`.
    pub fn read_into(&self, addr: Addr, buf: &mut [u8]) -> Result<(), Fault> {
        let n = buf.len() as u64;
        if n == 0 {
            return Ok(());
        }
        let off = self.check(addr, n, 1)?;
        Self::for_pieces(off, n, false, |p, k| {
            let i = (p - off) as usize;
            buf[i..i + k as usize].copy_from_slice(&self.read_le(p, k).to_le_bytes()[..k as usize]);
        });
        Ok(())
    }

    /// Reads `n` bytes at `addr` (for natives: strings, fmt).
    pub fn read_bytes(&self, addr: Addr, n: u64) -> Result<Vec<u8>, Fault> {
        if n == 0 {
            return Ok(Vec::new());
        }
        self.check(addr, n, 1)?;
        let mut v = vec![0u8; n as usize];
        self.read_into(addr, &mut v)?;
        Ok(v)
    }

    /// Writes `data` at `addr` (for natives).
    pub fn write_bytes(&self, addr: Addr, data: &[u8]) -> Result<(), Fault> {
        let n = data.len() as u64;
        if n == 0 {
            return Ok(());
        }
        let off = self.check(addr, n, 1)?;
        Self::for_pieces(off, n, false, |p, k| {
            let i = (p - off) as usize;
            let mut b = [0u8; 8];
            b[..k as usize].copy_from_slice(&data[i..i + k as usize]);
            self.write_in_word(p, k, u64::from_le_bytes(b), Relaxed);
        });
        Ok(())
    }

    /// Copies a value of a type with pointers (Go's `typedmemmove`): while the barrier is on,
    /// each pointer word of the destination (bit i of `ptrmask` = word i) first goes through
    /// the barrier with its old and new values (Go's `bulkBarrierPreWrite`), then the bytes move.
    pub fn typedmemmove(&self, dst: Addr, src: Addr, n: u64, ptrmask: &[u64]) -> Result<(), Fault> {
        if n == 0 || dst == src {
            return Ok(());
        }
        self.check(dst, n, 1)?;
        self.check(src, n, 1)?;
        if barrier::enabled() {
            self.bulk_barrier(dst, Some(src), n, ptrmask)?;
        }
        self.memmove(dst, src, n)
    }

    /// Zeroes a value of a type with pointers (Go's `typedmemclr`): while the barrier is on,
    /// each old pointer goes through the deletion barrier first.
    pub fn typedmemclr(&self, dst: Addr, n: u64, ptrmask: &[u64]) -> Result<(), Fault> {
        if n == 0 {
            return Ok(());
        }
        self.check(dst, n, 1)?;
        if barrier::enabled() {
            self.bulk_barrier(dst, None, n, ptrmask)?;
        }
        self.memclr(dst, n)
    }

    fn bulk_barrier(
        &self,
        dst: Addr,
        src: Option<Addr>,
        n: u64,
        ptrmask: &[u64],
    ) -> Result<(), Fault> {
        for i in 0..n / 8 {
            if mask_window(ptrmask, i, 1) == 0 {
                continue;
            }
            let slot = dst + i * 8;
            let old = self.load_u64(slot)?;
            match src {
                Some(s) => barrier::write_barrier(slot, old, self.load_u64(s + i * 8)?),
                None => barrier::delete_barrier(slot, old),
            }
        }
        Ok(())
    }

    // ---- Allocation -------------------------------------------------------------------------

    /// Allocates `size` zeroed bytes (Go's `mallocgc`). `ptrmask` is the pointer mask of the
    /// object's words (bit i set = word i holds a pointer); `None` or an all-zero mask makes it
    /// pointer-free. Exhausting the reservation is fatal, as in Go.
    pub fn alloc(&self, cache: &mut Mcache, size: u64, ptrmask: Option<&[u64]>) -> Addr {
        match self.try_alloc(cache, size, ptrmask) {
            Ok(a) => a,
            Err(OutOfMemory { size }) => {
                eprintln!(
                    "runtime: out of memory: cannot allocate {size}-byte block ({} in use)",
                    self.stats.heap_inuse.load(Relaxed)
                );
                eprintln!("fatal error: out of memory");
                std::process::exit(2)
            }
        }
    }

    /// [`Heap::alloc`], reporting exhaustion instead of exiting.
    pub fn try_alloc(
        &self,
        cache: &mut Mcache,
        size: u64,
        ptrmask: Option<&[u64]>,
    ) -> Result<Addr, OutOfMemory> {
        if size == 0 {
            return Ok(ZEROBASE);
        }
        if cache.heap_id != self.id {
            assert_eq!(cache.heap_id, 0, "Mcache used with a second heap");
            cache.heap_id = self.id;
        }
        if cache.flush_gen != self.sweepgen.load(Relaxed) {
            // A sweep began since this cache was last emptied: what it holds may be unswept.
            self.release_mcache(cache);
        }
        let mask = ptrmask.filter(|m| m.iter().any(|&w| w != 0));
        let noscan = mask.is_none();
        // Mirror mallocgc: sizes within a header's width of 32 KiB are already "large".
        if size > MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
            return self.alloc_large(size, mask);
        }
        if noscan && size < MAX_TINY_SIZE {
            return self.alloc_tiny(cache, size);
        }
        let header = !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER;
        let full = size + if header { MALLOC_HEADER_SIZE } else { 0 };
        let class = size_to_class(full).expect("small size has a class");
        let spc = class << 1 | noscan as u8;
        let (span, slot) = self.next_free(cache, spc as usize, size)?;
        if span.needzero.load(Relaxed) {
            self.clear_words(slot, span.elem_size);
        }
        if let Some(m) = mask {
            span.set_ptr_bits(slot, header as u64, m);
        }
        if self.alloc_black.load(Relaxed) {
            span.set_marked((slot - span.base()) / span.elem_size);
        }
        self.count_alloc(span.elem_size);
        Ok(slot + if header { MALLOC_HEADER_SIZE } else { 0 })
    }

    /// The tiny allocator (mallocgc's first branch): pointer-free objects under 16 bytes share
    /// a 16-byte block.
    fn alloc_tiny(&self, cache: &mut Mcache, size: u64) -> Result<Addr, OutOfMemory> {
        let mut off = cache.tiny_offset;
        if size & 7 == 0 {
            off = off.next_multiple_of(8);
        } else if size & 3 == 0 {
            off = off.next_multiple_of(4);
        } else if size & 1 == 0 {
            off = off.next_multiple_of(2);
        }
        if off + size <= MAX_TINY_SIZE && cache.tiny != 0 {
            cache.tiny_offset = off + size;
            // Go counts each tiny allocation in both Mallocs and Frees (mstats.go), so that
            // HeapObjects counts the block once.
            self.stats.mallocs.fetch_add(1, Relaxed);
            self.stats.frees.fetch_add(1, Relaxed);
            if self.alloc_black.load(Relaxed) {
                // A block begun before the mark phase holds a new object now: it is black
                // too (Go greys every P's tiny block at mark termination instead).
                if let Some(o) = self.find_object(cache.tiny) {
                    o.span.set_marked(o.index);
                }
            }
            return Ok(cache.tiny + off);
        }
        let spc = (size_to_class(MAX_TINY_SIZE).unwrap() << 1 | 1) as usize;
        let (span, x) = self.next_free(cache, spc, size)?;
        self.clear_words(x, MAX_TINY_SIZE);
        if self.alloc_black.load(Relaxed) {
            span.set_marked((x - span.base()) / span.elem_size);
        }
        if size < cache.tiny_offset || cache.tiny == 0 {
            cache.tiny = x;
            cache.tiny_offset = size;
        }
        self.count_alloc(MAX_TINY_SIZE);
        Ok(x)
    }

    fn alloc_large(&self, size: u64, mask: Option<&[u64]>) -> Result<Addr, OutOfMemory> {
        let npages = size.div_ceil(PAGE_SIZE);
        let spc = mask.is_none() as u8;
        let span = self.alloc_span(spc, npages).ok_or(OutOfMemory { size })?;
        let slot = span.take_free_slot().expect("fresh large span has a slot");
        let base = span.base();
        if span.needzero.load(Relaxed) {
            self.clear_words(base, span.elem_size);
        }
        if let Some(m) = mask {
            span.set_ptr_bits(base, 0, m);
        }
        if self.alloc_black.load(Relaxed) {
            span.set_marked(0);
        }
        debug_assert_eq!(slot, 0);
        self.count_alloc(span.elem_size);
        Ok(base)
    }

    fn count_alloc(&self, bytes: u64) {
        let s = &self.stats;
        s.mallocs.fetch_add(1, Relaxed);
        s.total_alloc.fetch_add(bytes, Relaxed);
    }

    /// Zeroes whole words of a fresh slot (word-aligned, a multiple of 8 bytes).
    fn clear_words(&self, addr: Addr, n: u64) {
        let off = addr - ARENA_BASE;
        for i in 0..n / 8 {
            self.word(off + i * 8).store(0, Relaxed);
        }
    }

    /// Takes a free slot of span class `spc` from the cache, refilling it as needed (Go's
    /// `nextFreeFast` and `mcache.nextFree`/`refill`).
    fn next_free<'a>(
        &'a self,
        cache: &mut Mcache,
        spc: usize,
        size: u64,
    ) -> Result<(&'a Span, Addr), OutOfMemory> {
        loop {
            if let Some(p) = cache.alloc[spc] {
                // SAFETY: the cache is bound to this heap, which owns the span.
                let span = unsafe { p.get() };
                if let Some(i) = span.take_free_slot() {
                    return Ok((span, span.object_base(i)));
                }
                cache.alloc[spc] = None;
                self.uncache(p);
            }
            let p = self.refill(spc as u8).ok_or(OutOfMemory { size })?;
            cache.alloc[spc] = Some(p);
        }
    }

    /// Gets a span with free slots for a class, to cache: a partial one from the central
    /// list, swept first if it is not yet, else a new one (Go's `mcentral.cacheSpan`).
    fn refill(&self, spc: u8) -> Option<SpanPtr> {
        let h = self.sweepgen.load(Acquire);
        let popped = self.central[spc as usize]
            .lock()
            .partial
            .pop()
            .inspect(|p| {
                // SAFETY: the span belongs to this heap.
                let span = unsafe { p.get() };
                span.in_partial.store(false, Relaxed);
                // Taken under the list's lock: a sweeper that has the span leaves it to us.
                span.cached.store(true, Relaxed);
            });
        if let Some(p) = popped {
            // SAFETY: the span belongs to this heap.
            let span = unsafe { p.get() };
            let backoff = crossbeam_utils::Backoff::new();
            loop {
                let sg = span.sweepgen.load(Acquire);
                if sg == h {
                    span.sweepgen.store(h + 3, Release);
                } else if sg == h - 2 {
                    self.sweepers.fetch_add(1, SeqCst);
                    let claimed = span
                        .sweepgen
                        .compare_exchange(h - 2, h - 1, AcqRel, Relaxed)
                        .is_ok();
                    if claimed {
                        self.sweep_claimed(p, h);
                    }
                    self.sweepers.fetch_sub(1, SeqCst);
                    continue;
                } else if sg == h - 1 {
                    // A background sweeper has it: it is done in a moment.
                    backoff.snooze();
                    continue;
                }
                debug_assert_eq!(span.sweepgen.load(Relaxed), h + 3);
                return Some(p);
            }
        }
        let span = self.alloc_span(spc, class_npages(spc >> 1))?;
        span.cached.store(true, Relaxed);
        span.sweepgen.store(h + 3, Release);
        Some(SpanPtr(NonNull::from(span)))
    }

    /// Takes a span out of an `Mcache` (Go's `mcentral.uncacheSpan`): one cached since
    /// before the sweep began is swept now; one with free slots goes on its partial list.
    fn uncache(&self, p: SpanPtr) {
        // SAFETY: the span belongs to this heap.
        let span = unsafe { p.get() };
        let h = self.sweepgen.load(Acquire);
        let sg = span.sweepgen.load(Acquire);
        if sg == h + 1 {
            // No sweeper claims a cached span, so this one is ours to sweep.
            span.cached.store(false, Relaxed);
            self.sweepers.fetch_add(1, SeqCst);
            span.sweepgen.store(h - 1, Release);
            self.sweep_claimed(p, h);
            self.sweepers.fetch_sub(1, SeqCst);
            return;
        }
        debug_assert_eq!(sg, h + 3, "uncaching a span that is not cached");
        if span.alloc_count() == span.nelems {
            // Full: on no list; no sweeper can claim a cached span, so no lock is needed.
            span.cached.store(false, Relaxed);
            span.sweepgen.store(h, Release);
            return;
        }
        let mut c = self.central[span.spanclass as usize].lock();
        span.cached.store(false, Relaxed);
        if !span.in_partial.swap(true, Relaxed) {
            c.partial.push(p);
        }
        span.sweepgen.store(h, Release);
    }

    /// Gives a cache's spans back to the central lists and drops its tiny block (Go's
    /// `mcache.releaseAll`, done for every P before the world stops for the collector).
    pub fn release_mcache(&self, cache: &mut Mcache) {
        if cache.heap_id != self.id {
            return;
        }
        for spc in 0..NUM_SPAN_CLASSES {
            if let Some(p) = cache.alloc[spc].take() {
                self.uncache(p);
            }
        }
        cache.tiny = 0;
        cache.tiny_offset = 0;
        cache.flush_gen = self.sweepgen.load(Acquire);
    }

    /// Allocates a span of `npages` pages for span class `spc` (Go's `mheap.alloc`).
    fn alloc_span(&self, spc: u8, npages: u64) -> Option<&Span> {
        let (first, needzero) = self.alloc_pages(npages)?;
        let p = {
            let mut all = self.all.lock();
            match all.pool.get_mut(&(spc, npages)).and_then(Vec::pop) {
                Some(p) => p,
                None => {
                    let b = Box::new(Span::new(spc, npages));
                    let p = SpanPtr(NonNull::from(&*b));
                    all.owned.push(b);
                    p
                }
            }
        };
        // SAFETY: the span is owned by this heap.
        let span = unsafe { p.get() };
        span.base.store(ARENA_BASE + (first << PAGE_SHIFT), Relaxed);
        for w in span.alloc_bits.iter().chain(span.mark_bits.iter()) {
            w.store(0, Relaxed);
        }
        span.free_index.store(0, Relaxed);
        span.alloc_count.store(0, Relaxed);
        span.needzero.store(needzero, Relaxed);
        span.cached.store(false, Relaxed);
        span.in_partial.store(false, Relaxed);
        span.sweepgen.store(self.sweepgen.load(Acquire), Release);
        span.state.store(SPAN_IN_USE, Release);
        for page in first..first + npages {
            self.spans[page as usize].store(p.0.as_ptr(), Release);
        }
        self.stats.heap_inuse.fetch_add(npages * PAGE_SIZE, Relaxed);
        Some(span)
    }

    /// Takes a run of pages: the lowest free run that fits, else from the never-used top.
    /// Returns the first page index and whether the pages may hold old data.
    fn alloc_pages(&self, npages: u64) -> Option<(u64, bool)> {
        let total = self.reserve >> PAGE_SHIFT;
        let mut ph = self.pages.lock();
        // Go's page allocator takes the lowest-addressed run that fits, which keeps the
        // heap compact at its low end (best fit scatters small spans over old runs).
        let best = ph
            .free
            .iter()
            .find(|&(_, &len)| len >= npages)
            .map(|(&s, &l)| (s, l));
        if let Some((start, len)) = best {
            ph.free.remove(&start);
            if len > npages {
                ph.free.insert(start + npages, len - npages);
            }
            let was_released = ph.unrelease(start, npages);
            if was_released > 0 {
                self.stats
                    .heap_released
                    .fetch_sub(was_released << PAGE_SHIFT, Relaxed);
            }
            return Some((start, true));
        }
        if npages > total || ph.next > total - npages {
            return None;
        }
        let first = ph.next;
        ph.next += npages;
        let need = ph.next << PAGE_SHIFT;
        let committed = self.committed.load(Relaxed);
        if need > committed {
            let grown = need.next_multiple_of(ARENA_SIZE).min(self.reserve);
            self.committed.store(grown, Release);
            self.stats.heap_sys.fetch_add(grown - committed, Relaxed);
        }
        Some((first, false))
    }

    /// Returns an empty span's pages to the heap and recycles its record (Go's
    /// `mheap.freeSpan`). The caller guarantees the span holds no live objects.
    fn free_span(&self, p: SpanPtr) {
        // SAFETY: the span belongs to this heap.
        let span = unsafe { p.get() };
        span.sweepgen.store(SPAN_GEN_FREE, Release);
        span.state.store(SPAN_FREE, Release);
        let first = (span.base() - ARENA_BASE) >> PAGE_SHIFT;
        for page in first..first + span.npages {
            self.spans[page as usize].store(std::ptr::null_mut(), Release);
        }
        self.stats
            .heap_inuse
            .fetch_sub(span.npages * PAGE_SIZE, Relaxed);
        {
            let mut ph = self.pages.lock();
            let (mut start, mut len) = (first, span.npages);
            let before = ph.free.range(..start).next_back().map(|(&s, &l)| (s, l));
            if let Some((s, l)) = before
                && s + l == start
            {
                ph.free.remove(&s);
                start = s;
                len += l;
            }
            if let Some(l) = ph.free.remove(&(start + len)) {
                len += l;
            }
            ph.free.insert(start, len);
        }
        self.all
            .lock()
            .pool
            .entry((span.spanclass, span.npages))
            .or_default()
            .push(p);
    }

    /// Returns free pages to the operating system, highest addresses first, until the
    /// pages in use plus the free ones kept resident are at most `retain` bytes (Go's
    /// scavenger; `retain` 0 is `debug.FreeOSMemory`). Returns the bytes released.
    pub fn scavenge(&self, retain: u64) -> u64 {
        let mut ph = self.pages.lock();
        let inuse = self.stats.heap_inuse.load(Relaxed);
        let mut resident = inuse + (ph.resident_free() << PAGE_SHIFT);
        let runs: Vec<(u64, u64)> = ph.free.iter().rev().map(|(&s, &l)| (s, l)).collect();
        let mut released = 0;
        for (start, len) in runs {
            if resident <= retain {
                break;
            }
            let before = ph.unrelease(start, len);
            if before == len {
                ph.released.insert(start, len);
                continue;
            }
            self.mem.release(start << PAGE_SHIFT, len << PAGE_SHIFT);
            ph.released.insert(start, len);
            let bytes = (len - before) << PAGE_SHIFT;
            released += bytes;
            resident -= bytes;
        }
        self.stats.heap_released.fetch_add(released, Relaxed);
        released
    }

    // ---- Lookup and sweeping ---------------------------------------------------------------

    /// The span whose pages contain `addr`, if it is in use (Go's `spanOfHeap`).
    pub fn span_of(&self, addr: Addr) -> Option<&Span> {
        let off = addr.checked_sub(ARENA_BASE)?;
        if off >= self.committed.load(Relaxed) {
            return None;
        }
        let p = self.spans[(off >> PAGE_SHIFT) as usize].load(Acquire);
        // SAFETY: non-null entries point to span records this heap owns.
        let span = unsafe { p.as_ref() }?;
        span.in_use().then_some(span)
    }

    /// The object slot containing `addr`, interior pointers included (Go's `findObject`). As in
    /// Go, the slot is returned whether or not it is currently allocated; addresses in a span's
    /// tail waste, in free pages or outside the heap give `None`.
    pub fn find_object(&self, addr: Addr) -> Option<ObjectRef<'_>> {
        let span = self.span_of(addr)?;
        let base = span.base();
        if addr < base || addr >= span.limit() {
            return None;
        }
        let index = (addr - base) / span.elem_size;
        Some(ObjectRef {
            base: base + index * span.elem_size,
            size: span.elem_size,
            index,
            span,
        })
    }

    /// Whether the heap word at `addr` is marked as a pointer by the heap bitmap.
    pub fn is_pointer_word(&self, addr: Addr) -> bool {
        self.span_of(addr).is_some_and(|s| s.is_pointer_word(addr))
    }

    /// The spans currently in use (Go's `allspans`, filtered).
    pub fn spans_in_use(&self) -> Vec<&Span> {
        let all = self.all.lock();
        all.owned
            .iter()
            // SAFETY: the boxes are owned by this heap and never dropped while it lives.
            .map(|b| unsafe { SpanPtr(NonNull::from(&**b)).get() })
            .filter(|s| s.in_use())
            .collect()
    }

    /// Up to [`SWEEP_CHUNK`] span records from index `from` on.
    fn span_records(&self, from: usize, out: &mut Vec<SpanPtr>) {
        out.clear();
        let all = self.all.lock();
        let end = all.owned.len().min(from.saturating_add(SWEEP_CHUNK));
        if from < end {
            out.extend(
                all.owned[from..end]
                    .iter()
                    .map(|b| SpanPtr(NonNull::from(&**b))),
            );
        }
    }

    /// The bytes of the objects marked in every span in use (Go's `heapMarked`), read at
    /// mark termination before the sweep begins: allocated-black objects included.
    pub fn marked_bytes(&self) -> u64 {
        self.spans_in_use()
            .iter()
            .map(|s| {
                let n: u64 = s
                    .mark_bits
                    .iter()
                    .map(|w| w.load(Relaxed).count_ones() as u64)
                    .sum();
                n * s.elem_size
            })
            .sum()
    }

    /// Begins a sweep, with the world stopped and the marks final (Go's `gcSweep`): every
    /// span not cached becomes unswept at once. Sweepers then take spans one at a time:
    /// the background sweeper ([`Heap::sweep_chunk`]), an allocator that takes an unswept
    /// span from its central list, and [`Heap::finish_sweep`] before the next mark begins.
    /// Until a span is swept, its unmarked objects count as allocated, as in Go.
    pub fn start_sweep(&self) {
        debug_assert_eq!(self.sweepers.load(SeqCst), 0);
        self.sweepgen.fetch_add(2, SeqCst);
        self.sweep_cursor.store(0, SeqCst);
        self.scavenge_due.store(true, SeqCst);
    }

    /// Whether the background scavenger should run (once per sweep, after it), clearing
    /// the request.
    pub fn take_scavenge_due(&self) -> bool {
        self.scavenge_due.swap(false, AcqRel)
    }

    /// Whether spans from the last [`Heap::start_sweep`] may still wait for the background
    /// sweeper.
    pub fn sweep_pending(&self) -> bool {
        self.sweep_cursor.load(Acquire) < self.all.lock().owned.len()
    }

    /// The background sweeper's step (Go's `sweepone`, a chunk at a time): sweeps the
    /// unswept spans among the next [`SWEEP_CHUNK`] records. None once every record has
    /// been visited.
    pub fn sweep_chunk(&self) -> Option<SweepResult> {
        let from = self.sweep_cursor.fetch_add(SWEEP_CHUNK, AcqRel);
        let mut recs = Vec::with_capacity(SWEEP_CHUNK);
        self.span_records(from, &mut recs);
        if recs.is_empty() {
            return None;
        }
        let mut res = SweepResult::default();
        for &p in &recs {
            if let Some(r) = self.sweep_one(p) {
                res.add(r);
            }
        }
        Some(res)
    }

    /// Sweeps every span still unswept and waits for sweepers busy with one (Go's
    /// `finishsweep_m`), with the world stopped. Spans cached since before the sweep began
    /// are swept in place too: their owners cannot allocate meanwhile. Afterwards every
    /// span is swept or cached, the precondition of the next mark phase.
    pub fn finish_sweep(&self) -> SweepResult {
        let h = self.sweepgen.load(Acquire);
        let mut res = SweepResult::default();
        let mut recs = Vec::with_capacity(SWEEP_CHUNK);
        let mut from = 0;
        loop {
            self.span_records(from, &mut recs);
            if recs.is_empty() {
                break;
            }
            from += recs.len();
            for &p in &recs {
                // SAFETY: the record belongs to this heap.
                let span = unsafe { p.get() };
                if let Some(r) = self.sweep_one(p) {
                    res.add(r);
                } else if span.sweepgen.load(Acquire) == h + 1 {
                    self.sweepers.fetch_add(1, SeqCst);
                    if span
                        .sweepgen
                        .compare_exchange(h + 1, h - 1, AcqRel, Relaxed)
                        .is_ok()
                    {
                        res.add(self.sweep_claimed(p, h));
                    }
                    self.sweepers.fetch_sub(1, SeqCst);
                }
            }
        }
        self.sweep_cursor.store(usize::MAX / 2, Release);
        let backoff = crossbeam_utils::Backoff::new();
        while self.sweepers.load(SeqCst) != 0 {
            backoff.snooze();
        }
        res
    }

    /// Sweeps span `p` if it is unswept and this caller claims it first.
    fn sweep_one(&self, p: SpanPtr) -> Option<SweepResult> {
        // SAFETY: the record belongs to this heap.
        let span = unsafe { p.get() };
        let h = self.sweepgen.load(Acquire);
        if span.sweepgen.load(Acquire) != h - 2 {
            return None;
        }
        // Counted before the claim, so that `finish_sweep` never misses a sweep under way.
        self.sweepers.fetch_add(1, SeqCst);
        let r = span
            .sweepgen
            .compare_exchange(h - 2, h - 1, AcqRel, Relaxed)
            .is_ok()
            .then(|| self.sweep_claimed(p, h));
        self.sweepers.fetch_sub(1, SeqCst);
        r
    }

    /// Sweeps a span this caller has claimed (its sweepgen is `h - 1`; Go's
    /// `sweepLocked.sweep`): frees every allocated object whose mark bit is clear, clears the
    /// marks, updates the counters; then returns an emptied span's pages to the heap or puts
    /// a span with free slots on its central list, and publishes it swept. A span an
    /// allocator took off the list meanwhile (to cache it) is left to that allocator.
    fn sweep_claimed(&self, p: SpanPtr, h: u64) -> SweepResult {
        // SAFETY: the span belongs to this heap.
        let span = unsafe { p.get() };
        let freed = span.sweep_bits();
        let freed_bytes = freed * span.elem_size;
        if freed > 0 {
            let s = &self.stats;
            s.freed_bytes.fetch_add(freed_bytes, Relaxed);
            s.frees.fetch_add(freed, Relaxed);
        }
        let mut res = SweepResult {
            spans: 1,
            freed_objects: freed,
            freed_bytes,
            spans_freed: 0,
        };
        let mut c = self.central[span.spanclass as usize].lock();
        if span.cached.load(Relaxed) {
            span.sweepgen.store(h + 3, Release);
        } else if span.alloc_count() == 0 {
            if span.in_partial.swap(false, Relaxed) {
                c.partial.retain(|&q| q != p);
            }
            drop(c);
            self.free_span(p);
            res.spans_freed = 1;
        } else {
            if span.size_class() != 0
                && span.alloc_count() < span.nelems
                && !span.in_partial.swap(true, Relaxed)
            {
                c.partial.push(p);
            }
            span.sweepgen.store(h, Release);
        }
        res
    }

    /// Turns allocate-black on (the collector's mark phase) or off.
    pub fn set_alloc_black(&self, on: bool) {
        self.alloc_black.store(on, SeqCst);
    }

    /// Bytes of allocated heap objects (MemStats.HeapAlloc), read cheaply by the pacer.
    #[inline]
    pub fn heap_alloc(&self) -> u64 {
        let freed = self.stats.freed_bytes.load(Relaxed);
        self.stats.total_alloc.load(Relaxed).saturating_sub(freed)
    }

    /// Bytes allocated over the heap's life (MemStats.TotalAlloc), read cheaply by the pacer.
    #[inline]
    pub fn total_alloc(&self) -> u64 {
        self.stats.total_alloc.load(Relaxed)
    }

    /// A snapshot of the allocator counters.
    pub fn mem_stats(&self) -> MemStats {
        let s = &self.stats;
        // Frees first: whatever was freed by then was allocated before, so the differences
        // never go negative.
        let frees = s.frees.load(SeqCst);
        let freed = s.freed_bytes.load(SeqCst);
        let mallocs = s.mallocs.load(SeqCst);
        let total_alloc = s.total_alloc.load(SeqCst);
        MemStats {
            mallocs,
            frees,
            heap_alloc: total_alloc.saturating_sub(freed),
            total_alloc,
            heap_inuse: s.heap_inuse.load(Relaxed),
            heap_sys: s.heap_sys.load(Relaxed),
            heap_objects: mallocs.saturating_sub(frees),
            heap_released: s.heap_released.load(Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::barrier;

    fn small_heap() -> Heap {
        Heap::with_reserve(if cfg!(miri) { 2 << 20 } else { 256 << 20 }).unwrap()
    }

    /// A scratch address in committed (unallocated) memory, for access tests.
    const SCRATCH: Addr = ARENA_BASE + RESERVED_PREFIX;

    #[test]
    fn size_class_rounding_through_alloc() {
        let h = small_heap();
        let mut c = Mcache::new();
        for (req, slot) in [(24, 24), (25, 32), (33, 48), (1025, 1152), (32760, 32768)] {
            let x = h.alloc(&mut c, req, None);
            let o = h.find_object(x).unwrap();
            assert_eq!((o.base, o.size), (x, slot), "size {req}");
            assert!(o.span.noscan());
        }
        // Sizes within 8 bytes of 32 KiB, and above it, get a span of their own.
        for (req, pages) in [(32761, 4), (32769, 5), (100_000, 13)] {
            let x = h.alloc(&mut c, req, None);
            let o = h.find_object(x).unwrap();
            assert_eq!(o.span.size_class(), 0);
            assert_eq!(o.size, pages * PAGE_SIZE, "size {req}");
            assert_eq!(o.base, x);
            assert_eq!(x % PAGE_SIZE, 0);
        }
    }

    #[test]
    fn malloc_header_for_pointerful_objects_above_512_bytes() {
        let h = small_heap();
        let mut c = Mcache::new();
        let mask = [1u64];
        // 512 bytes with pointers: no header, class 512.
        let x = h.alloc(&mut c, 512, Some(&mask));
        let o = h.find_object(x).unwrap();
        assert_eq!((o.base, o.size), (x, 512));
        assert!(!o.span.noscan());
        // 1024 bytes with pointers: rounded from 1032 to 1152, object 8 bytes into its slot.
        let y = h.alloc(&mut c, 1024, Some(&mask));
        let o = h.find_object(y).unwrap();
        assert_eq!((o.base + 8, o.size), (y, 1152));
        assert!(h.is_pointer_word(y));
        assert!(!h.is_pointer_word(o.base));
        assert!(!h.is_pointer_word(y + 8));
        // The same size without pointers has no header.
        let z = h.alloc(&mut c, 1024, None);
        assert_eq!(h.find_object(z).unwrap().size, 1024);
    }

    #[test]
    fn addresses_look_like_go() {
        let h = small_heap();
        let mut c = Mcache::new();
        assert_eq!(h.alloc(&mut c, 0, None), ZEROBASE);
        assert_eq!(h.alloc(&mut c, 0, Some(&[1])), ZEROBASE);
        let x = h.alloc(&mut c, 64, None);
        assert_eq!(x, 0xc000010000);
        let y = h.alloc(&mut c, 64, None);
        assert_eq!(y, x + 64);
        // Pointerful objects of the same size live in another span.
        let p = h.alloc(&mut c, 64, Some(&[1]));
        assert_eq!(p, 0xc000012000);
        assert!(h.find_object(ZEROBASE).is_none());
        let g = heap();
        let mut gc = Mcache::new();
        let a = g.alloc(&mut gc, 40, None);
        assert!((0xc000010000..0xc100000000).contains(&a), "{a:#x}");
        g.release_mcache(&mut gc);
    }

    #[test]
    fn interior_pointer_lookup() {
        let h = small_heap();
        let mut c = Mcache::new();
        let xs: Vec<Addr> = (0..100).map(|_| h.alloc(&mut c, 100, None)).collect();
        for &x in &xs {
            for d in [0, 1, 50, 99, 111] {
                let o = h.find_object(x + d).unwrap();
                assert_eq!((o.base, o.size), (x, 112));
                assert!(o.span.is_allocated(o.index));
            }
        }
        // Class 3 (24 bytes) has 341 objects and 8 bytes of tail waste per page.
        let a = h.alloc(&mut c, 24, None);
        let span = h.find_object(a).unwrap().span;
        assert_eq!(span.nelems(), 341);
        assert!(h.find_object(span.base() + 341 * 24 - 1).is_some());
        assert!(h.find_object(span.base() + 341 * 24).is_none());
        // A large object: interior pointers anywhere in it.
        let big = h.alloc(&mut c, 50_000, None);
        assert_eq!(h.find_object(big + 49_999).unwrap().base, big);
        // Outside the heap, in never-used pages, and nil.
        assert!(h.find_object(0).is_none());
        assert!(h.find_object(ARENA_BASE - 8).is_none());
        assert!(h.find_object(ARENA_BASE + h.committed() - 8).is_none());
        assert!(h.find_object(u64::MAX).is_none());
    }

    #[test]
    fn zeroing_on_reuse_of_small_slots() {
        let h = small_heap();
        let mut c = Mcache::new();
        let a = h.alloc(&mut c, 48, None);
        let b = h.alloc(&mut c, 48, None);
        h.write_bytes(a, &[0xaa; 48]).unwrap();
        h.write_bytes(b, &[0xbb; 48]).unwrap();
        h.release_mcache(&mut c);
        // Keep b, free a.
        let ob = h.find_object(b).unwrap();
        assert!(ob.span.set_marked(ob.index));
        assert!(!ob.span.set_marked(ob.index));
        h.start_sweep();
        let r = h.finish_sweep();
        assert_eq!(r.freed_objects, 1);
        assert_eq!(r.freed_bytes, 48);
        assert_eq!(r.spans_freed, 0);
        assert!(!ob.span.is_allocated(0) && ob.span.is_allocated(1));
        let a2 = h.alloc(&mut c, 48, None);
        assert_eq!(a2, a, "the freed slot is reused first");
        assert_eq!(h.read_bytes(a2, 48).unwrap(), vec![0; 48]);
        assert_eq!(h.read_bytes(b, 48).unwrap(), vec![0xbb; 48]);
    }

    #[test]
    fn zeroing_on_reuse_of_freed_pages() {
        let h = small_heap();
        let mut c = Mcache::new();
        let big = h.alloc(&mut c, 40_000, Some(&[0b10]));
        h.write_bytes(big, &[7; 40_000]).unwrap();
        assert!(h.is_pointer_word(big + 8));
        let inuse = h.mem_stats().heap_inuse;
        h.start_sweep();
        let r = h.finish_sweep();
        assert_eq!(r.spans_freed, 1);
        assert_eq!(r.freed_bytes, 5 * PAGE_SIZE);
        assert_eq!(h.mem_stats().heap_inuse, inuse - 5 * PAGE_SIZE);
        assert!(h.find_object(big).is_none());
        // Small spans now reuse those pages, and must see zeros.
        let s = h.alloc(&mut c, 8192, None);
        assert_eq!(s, big);
        assert_eq!(h.read_bytes(s, 8192).unwrap(), vec![0; 8192]);
        let big2 = h.alloc(&mut c, 32_768 - 4, Some(&[1]));
        assert_eq!(big2, big + 8192);
        assert_eq!(h.read_bytes(big2, 32_764).unwrap(), vec![0; 32_764]);
        assert!(h.is_pointer_word(big2) && !h.is_pointer_word(big2 + 8));
    }

    #[test]
    fn sweep_frees_unmarked_and_counts() {
        let h = small_heap();
        let mut c = Mcache::new();
        let xs: Vec<Addr> = (0..10).map(|_| h.alloc(&mut c, 200, None)).collect();
        let before = h.mem_stats();
        assert_eq!(before.mallocs, 10);
        assert_eq!(before.heap_objects, 10);
        assert_eq!(before.heap_alloc, 10 * 208);
        assert_eq!(before.heap_inuse, PAGE_SIZE);
        h.release_mcache(&mut c);
        for &x in xs.iter().step_by(2) {
            let o = h.find_object(x).unwrap();
            o.span.set_marked(o.index);
        }
        h.start_sweep();
        // Until swept, the dead objects count as allocated, as in Go.
        assert_eq!(h.mem_stats().heap_alloc, 10 * 208);
        let r = h.finish_sweep();
        assert_eq!(r.freed_objects, 5);
        let after = h.mem_stats();
        assert_eq!(after.frees, 5);
        assert_eq!(after.heap_objects, 5);
        assert_eq!(after.heap_alloc, 5 * 208);
        assert_eq!(after.total_alloc, 10 * 208);
        // Marks were consumed: a second sweep frees the rest and the span.
        h.start_sweep();
        let r = h.finish_sweep();
        assert_eq!((r.freed_objects, r.spans_freed), (5, 1));
        assert_eq!(h.mem_stats().heap_objects, 0);
        assert_eq!(h.mem_stats().heap_inuse, 0);
        assert!(h.spans_in_use().is_empty());
        // A freed span record is never swept again.
        h.start_sweep();
        assert_eq!(h.finish_sweep(), SweepResult::default());
    }

    #[test]
    #[cfg_attr(miri, ignore)]
    fn lazy_sweep_with_allocators_keeps_marked_objects() {
        let h = small_heap();
        let sizes = [16u64, 48, 200, 1000, 40_000];
        let mut c = Mcache::new();
        // A second cache keeps its spans across the start of the sweep, as an M blocked
        // in a system call does.
        let mut held = Mcache::new();
        let mut kept: Vec<(Addr, u64)> = Vec::new();
        for i in 0..6000u64 {
            let cache = if i % 7 == 0 { &mut held } else { &mut c };
            let x = h.alloc(cache, sizes[(i % 5) as usize], Some(&[1]));
            h.store_u64(x, i).unwrap();
            if i % 3 == 0 {
                let o = h.find_object(x).unwrap();
                o.span.set_marked(o.index);
                kept.push((x, i));
            }
        }
        h.release_mcache(&mut c);
        let before = h.mem_stats();
        h.start_sweep();
        assert!(h.sweep_pending());
        assert_eq!(h.mem_stats().heap_alloc, before.heap_alloc);
        let fresh: Vec<(Addr, u64)> = std::thread::scope(|sc| {
            let h = &h;
            sc.spawn(move || while h.sweep_chunk().is_some() {});
            let workers: Vec<_> = (1..=2u64)
                .map(|t| {
                    sc.spawn(move || {
                        let mut c = Mcache::new();
                        let mut out = Vec::new();
                        for i in 0..3000u64 {
                            let size = sizes[(i % 5) as usize];
                            let x = h.alloc(&mut c, size, Some(&[1]));
                            assert_eq!(h.read_bytes(x, size).unwrap(), vec![0; size as usize]);
                            h.store_u64(x, t << 40 | i).unwrap();
                            out.push((x, t << 40 | i));
                        }
                        h.release_mcache(&mut c);
                        out
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap())
                .collect()
        });
        // The held cache allocates again: its spans, unswept, are swept on the way out.
        let x = h.alloc(&mut held, 48, Some(&[1]));
        h.store_u64(x, 99).unwrap();
        h.release_mcache(&mut held);
        h.finish_sweep();
        assert!(!h.sweep_pending());
        let mut live: Vec<(Addr, u64)> = kept.iter().chain(&fresh).copied().collect();
        live.push((x, 99));
        for &(a, v) in &live {
            assert_eq!(
                h.load_u64(a).unwrap(),
                v,
                "object at {a:#x} was freed or reused"
            );
            let o = h.find_object(a).unwrap();
            assert!(o.span.is_allocated(o.index) && !o.span.is_marked(o.index));
        }
        live.sort();
        for w in live.windows(2) {
            assert_ne!(w[0].0, w[1].0, "two live objects share a slot");
        }
        let st = h.mem_stats();
        assert_eq!(st.heap_objects, live.len() as u64);
        assert_eq!(st.heap_objects, st.mallocs - st.frees);
        let bytes: u64 = live
            .iter()
            .map(|&(a, _)| h.find_object(a).unwrap().size)
            .sum();
        assert_eq!(st.heap_alloc, bytes);
    }

    #[test]
    fn scavenge_releases_free_pages_and_reuse_takes_them_back() {
        let h = small_heap();
        let mut c = Mcache::new();
        let xs: Vec<Addr> = (0..4).map(|_| h.alloc(&mut c, 64 << 10, None)).collect();
        for &x in &xs {
            h.write_bytes(x, &[9; 64 << 10]).unwrap();
        }
        // Keep the last one; the three below it are freed and merge into one run.
        let o = h.find_object(xs[3]).unwrap();
        o.span.set_marked(o.index);
        h.start_sweep();
        h.finish_sweep();
        let st = h.mem_stats();
        assert_eq!(st.heap_inuse, 64 << 10);
        assert_eq!(st.heap_released, 0);
        // Retaining everything in use releases nothing; retaining nothing releases the run.
        assert_eq!(h.scavenge(u64::MAX), 0);
        assert_eq!(h.scavenge(0), 3 * (64 << 10));
        assert_eq!(h.mem_stats().heap_released, 3 * (64 << 10));
        assert_eq!(h.scavenge(0), 0, "released pages are not released twice");
        // Reusing part of the run takes those pages back; they read as zeros.
        let y = h.alloc(&mut c, 64 << 10, None);
        assert_eq!(y, xs[0]);
        assert_eq!(h.read_bytes(y, 64 << 10).unwrap(), vec![0; 64 << 10]);
        assert_eq!(h.mem_stats().heap_released, 2 * (64 << 10));
        assert_eq!(h.read_bytes(xs[3], 64 << 10).unwrap(), vec![9; 64 << 10]);
    }

    #[test]
    fn pointer_bitmap_from_mask() {
        let h = small_heap();
        let mut c = Mcache::new();
        // struct { p *T; n int; q *T } = words 0 and 2.
        let x = h.alloc(&mut c, 24, Some(&[0b101]));
        assert!(h.is_pointer_word(x));
        assert!(!h.is_pointer_word(x + 8));
        assert!(h.is_pointer_word(x + 16));
        // An array of 3 such structs.
        let m = repeat_ptrmask(&[0b101], 3, 3);
        assert_eq!(m, vec![0b101_101_101]);
        let y = h.alloc(&mut c, 72, Some(&m));
        let bits: Vec<bool> = (0..9).map(|i| h.is_pointer_word(y + 8 * i)).collect();
        assert_eq!(
            bits,
            [true, false, true, true, false, true, true, false, true]
        );
        // Masks that cross a 64-bit boundary repeat correctly too.
        let m = repeat_ptrmask(&[1 << 4], 5, 30);
        for i in 0..150u64 {
            assert_eq!(mask_window(&m, i, 1) == 1, i % 5 == 4, "word {i}");
        }
        let noscan = h.alloc(&mut c, 24, Some(&[0]));
        assert!(h.find_object(noscan).unwrap().span.noscan());
        assert!(!h.is_pointer_word(noscan));
    }

    #[test]
    fn tiny_allocator_packs_and_counts_like_go() {
        let h = small_heap();
        let mut c = Mcache::new();
        let a = h.alloc(&mut c, 8, None);
        let b = h.alloc(&mut c, 8, None);
        assert_eq!(b, a + 8);
        let o = h.find_object(b).unwrap();
        assert_eq!((o.base, o.size), (a, 16));
        let s = h.alloc(&mut c, 3, None);
        assert_ne!(h.find_object(s).unwrap().base, a);
        let t = h.alloc(&mut c, 4, None);
        assert_eq!(t, s + 4);
        let st = h.mem_stats();
        assert_eq!((st.mallocs, st.frees, st.heap_objects), (4, 2, 2));
        assert_eq!(st.heap_alloc, 32);
        // A pointerful 8-byte object is never tiny.
        let p = h.alloc(&mut c, 8, Some(&[1]));
        assert_eq!(h.find_object(p).unwrap().size, 8);
    }

    #[test]
    fn faults() {
        let h = small_heap();
        let end = ARENA_BASE + h.committed();
        assert_eq!(h.load_u64(0), Err(Fault::Nil { addr: 0 }));
        assert_eq!(h.load_u8(4095), Err(Fault::Nil { addr: 4095 }));
        assert_eq!(h.store_u32(16, 1), Err(Fault::Nil { addr: 16 }));
        assert_eq!(h.store_ptr(8, 1), Err(Fault::Nil { addr: 8 }));
        assert_eq!(h.load_u8(4096), Err(Fault::Invalid { addr: 4096 }));
        assert_eq!(
            h.load_u64(ARENA_BASE - 8),
            Err(Fault::Invalid {
                addr: ARENA_BASE - 8
            })
        );
        assert_eq!(h.load_u64(end), Err(Fault::Invalid { addr: end }));
        assert_eq!(h.load_u64(end - 8), Ok(0));
        assert_eq!(
            h.read_bytes(end - 4, 8),
            Err(Fault::Invalid { addr: end - 4 })
        );
        assert_eq!(
            h.read_bytes(u64::MAX - 2, 8),
            Err(Fault::Invalid { addr: u64::MAX - 2 })
        );
        assert_eq!(
            h.load_u32(SCRATCH + 2),
            Err(Fault::Invalid { addr: SCRATCH + 2 })
        );
        assert_eq!(
            h.load_u16(SCRATCH + 1),
            Err(Fault::Invalid { addr: SCRATCH + 1 })
        );
        assert_eq!(
            h.load_u64(SCRATCH + 4),
            Err(Fault::Invalid { addr: SCRATCH + 4 })
        );
        assert_eq!(h.memmove(0, SCRATCH, 8), Err(Fault::Nil { addr: 0 }));
        assert_eq!(
            h.memmove(SCRATCH, end - 1, 2),
            Err(Fault::Invalid { addr: end - 1 })
        );
        assert_eq!(h.memclr(24, 1), Err(Fault::Nil { addr: 24 }));
        assert_eq!(h.memequal(SCRATCH, 0, 1), Err(Fault::Nil { addr: 0 }));
        // Zero-length operations never fault, as in Go.
        assert_eq!(h.memmove(0, 0, 0), Ok(()));
        assert_eq!(h.read_bytes(0, 0), Ok(vec![]));
    }

    #[test]
    fn scalar_and_atomic_accesses() {
        let h = small_heap();
        let a = SCRATCH;
        h.store_u64(a, 0x1122_3344_5566_7788).unwrap();
        assert_eq!(h.load_u8(a).unwrap(), 0x88);
        assert_eq!(h.load_u8(a + 7).unwrap(), 0x11);
        assert_eq!(h.load_u16(a + 2).unwrap(), 0x5566);
        assert_eq!(h.load_u32(a + 4).unwrap(), 0x1122_3344);
        h.store_u8(a + 1, 0xff).unwrap();
        h.store_u16(a + 6, 0xabcd).unwrap();
        assert_eq!(h.load_u64(a).unwrap(), 0xabcd_3344_5566_ff88);
        assert!(h.cas_u32(a + 4, 0xabcd_3344, 7).unwrap());
        assert!(!h.cas_u32(a + 4, 0xabcd_3344, 8).unwrap());
        assert_eq!(h.load_u32_seqcst(a + 4).unwrap(), 7);
        assert_eq!(
            h.load_u32(a).unwrap(),
            0x5566_ff88,
            "the other half is untouched"
        );
        assert_eq!(h.fetch_add_u32(a + 4, u32::MAX).unwrap(), 7);
        assert_eq!(h.swap_u32(a + 4, 1).unwrap(), 6);
        h.store_u32_seqcst(a, 2).unwrap();
        assert_eq!(h.load_u64_seqcst(a).unwrap(), 0x1_0000_0002);
        assert!(h.cas_u64(a, 0x1_0000_0002, 5).unwrap());
        assert_eq!(h.fetch_add_u64(a, 3).unwrap(), 5);
        assert_eq!(h.swap_u64(a, 9).unwrap(), 8);
        h.store_u64_seqcst(a, 10).unwrap();
        assert_eq!(h.load_ptr(a).unwrap(), 10);
    }

    #[test]
    fn bytes_helpers() {
        let h = small_heap();
        let data: Vec<u8> = (0..=255).collect();
        h.write_bytes(SCRATCH + 3, &data[..100]).unwrap();
        assert_eq!(h.read_bytes(SCRATCH + 3, 100).unwrap(), &data[..100]);
        assert_eq!(h.load_u8(SCRATCH + 2).unwrap(), 0);
        assert_eq!(h.load_u8(SCRATCH + 103).unwrap(), 0);
        h.write_bytes(SCRATCH + 205, &data[..100]).unwrap();
        assert!(h.memequal(SCRATCH + 3, SCRATCH + 205, 100).unwrap());
        h.store_u8(SCRATCH + 299, 1).unwrap();
        assert!(!h.memequal(SCRATCH + 3, SCRATCH + 205, 100).unwrap());
        h.memclr(SCRATCH + 5, 50).unwrap();
        let got = h.read_bytes(SCRATCH + 3, 100).unwrap();
        assert_eq!(&got[..2], &data[..2]);
        assert!(got[2..52].iter().all(|&b| b == 0));
        assert_eq!(&got[52..], &data[52..100]);
    }

    /// memmove against a model, over every small overlap in both directions and alignment.
    #[test]
    fn memmove_overlap_both_directions() {
        let h = small_heap();
        let len = 48u64;
        let init: Vec<u8> = (0..len as u8).map(|i| i.wrapping_mul(37) ^ 0x5a).collect();
        let step = if cfg!(miri) { 5 } else { 1 };
        let mut cases = 0;
        for d in (0..16).step_by(step) {
            for s in (0..16).step_by(step) {
                for n in [1, 3, 7, 8, 9, 16, 17, 31] {
                    h.write_bytes(SCRATCH, &init).unwrap();
                    let mut model = init.clone();
                    h.memmove(SCRATCH + d, SCRATCH + s, n).unwrap();
                    model.copy_within(s as usize..(s + n) as usize, d as usize);
                    assert_eq!(
                        h.read_bytes(SCRATCH, len).unwrap(),
                        model,
                        "d={d} s={s} n={n}"
                    );
                    cases += 1;
                }
            }
        }
        assert!(cases > 0);
    }

    /// Four threads store to the four adjacent bytes... of one word; no store is ever lost.
    #[test]
    fn sub_word_stores_never_interfere() {
        let h = small_heap();
        let w = SCRATCH + 64;
        let iters: u32 = if cfg!(miri) { 30 } else { 20_000 };
        std::thread::scope(|sc| {
            for t in 0..4u64 {
                let h = &h;
                sc.spawn(move || {
                    for i in 0..iters {
                        let v = (i as u8) ^ (t as u8 * 0x40);
                        h.store_u8(w + t * 2, v).unwrap();
                        // The other threads write other bytes, so ours must read back.
                        assert_eq!(h.load_u8(w + t * 2).unwrap(), v);
                        h.store_u8(w + t * 2 + 1, !v).unwrap();
                    }
                });
            }
        });
        for t in 0..4u64 {
            let v = ((iters - 1) as u8) ^ (t as u8 * 0x40);
            assert_eq!(h.load_u8(w + t * 2).unwrap(), v);
            assert_eq!(h.load_u8(w + t * 2 + 1).unwrap(), !v);
        }
        // And 16-bit halves from two threads.
        std::thread::scope(|sc| {
            for t in 0..2u64 {
                let h = &h;
                sc.spawn(move || {
                    for i in 0..iters {
                        h.store_u16(w + 8 + t * 2, i as u16).unwrap();
                        assert_eq!(h.load_u16(w + 8 + t * 2).unwrap(), i as u16);
                    }
                });
            }
        });
        assert_eq!(
            h.load_u32(w + 8).unwrap(),
            ((iters - 1) & 0xffff) * 0x1_0001
        );
    }

    #[test]
    #[cfg_attr(miri, ignore)]
    fn multi_threaded_allocation_stress() {
        let h = small_heap();
        let per_thread = 3000u64;
        let results: Vec<Vec<(Addr, u64)>> = std::thread::scope(|sc| {
            let hs: Vec<_> = (0..4u64)
                .map(|t| {
                    let h = &h;
                    sc.spawn(move || {
                        let mut c = Mcache::new();
                        let mut out = Vec::new();
                        for i in 0..per_thread {
                            let size = [8, 24, 100, 1000, 5000, 40_000][(i % 6) as usize];
                            let mask = if i % 2 == 0 { None } else { Some(&[1u64][..]) };
                            let x = h.alloc(&mut c, size, mask);
                            assert_eq!(h.read_bytes(x, size).unwrap(), vec![0; size as usize]);
                            h.store_u64(x, t << 32 | i).unwrap();
                            out.push((x, size));
                        }
                        h.release_mcache(&mut c);
                        out
                    })
                })
                .collect();
            hs.into_iter().map(|j| j.join().unwrap()).collect()
        });
        let mut all: Vec<(Addr, u64)> = Vec::new();
        for (t, objs) in results.iter().enumerate() {
            for (i, &(x, size)) in objs.iter().enumerate() {
                assert_eq!(h.load_u64(x).unwrap(), (t as u64) << 32 | i as u64);
                all.push((x, size));
            }
        }
        all.sort();
        for pair in all.windows(2) {
            assert!(
                pair[0].0 + pair[0].1 <= pair[1].0,
                "objects overlap: {pair:x?}"
            );
        }
        let st = h.mem_stats();
        assert_eq!(st.mallocs, 4 * per_thread);
        // Pointer-free 8-byte objects pair up in tiny blocks, which count once.
        let tiny_pairs = 4 * per_thread / 12;
        assert_eq!(st.heap_objects, 4 * per_thread - tiny_pairs);
        assert_eq!(st.heap_objects, st.mallocs - st.frees);
        assert!(st.heap_inuse <= st.heap_sys);
        // Sweep everything unmarked: the heap empties.
        h.start_sweep();
        h.finish_sweep();
        let st = h.mem_stats();
        assert_eq!((st.heap_objects, st.heap_alloc, st.heap_inuse), (0, 0, 0));
        assert_eq!(st.frees, st.mallocs);
    }

    #[test]
    fn barrier_records_store_ptr_and_typedmemmove() {
        let _g = barrier::TEST_LOCK.lock();
        let h = small_heap();
        let mut c = Mcache::new();
        let obj = h.alloc(&mut c, 32, Some(&[0b1011]));
        let src = h.alloc(&mut c, 32, Some(&[0b1011]));
        barrier::take_current_thread();

        // Disabled: nothing is recorded.
        barrier::set_enabled(false);
        h.store_ptr(obj, 0xc000aaaa00).unwrap();
        h.typedmemmove(obj, src, 32, &[0b1011]).unwrap();
        assert!(barrier::take_current_thread().is_empty());

        barrier::set_enabled(true);
        h.store_ptr(obj, 0xc000001000).unwrap();
        h.store_ptr(obj + 8, 0xc000002000).unwrap();
        let recorded = barrier::take_current_thread();
        // Non-pointer stores go around the barrier.
        h.store_u64(obj + 16, 5).unwrap();
        h.store_u32(obj + 24, 5).unwrap();
        let quiet = barrier::take_current_thread();
        for (i, v) in [0xc000000100u64, 0xc000000200, 77, 0xc000000400]
            .iter()
            .enumerate()
        {
            h.store_u64(src + 8 * i as u64, *v).unwrap();
        }
        h.store_u64(obj + 24, 0xc000000999).unwrap();
        h.typedmemmove(obj, src, 32, &[0b1011]).unwrap();
        let moved = barrier::take_current_thread();
        let copied = h.read_bytes(obj, 32).unwrap();
        h.typedmemclr(obj, 32, &[0b1011]).unwrap();
        let cleared = barrier::take_current_thread();
        barrier::set_enabled(false);

        // The disabled typedmemmove above copied src's zeros over both slots.
        assert_eq!(recorded, [0xc000001000, 0, 0xc000002000, 0]);
        assert!(quiet.is_empty());
        assert_eq!(
            moved,
            [
                0xc000000100,
                0xc000001000,
                0xc000000200,
                0xc000002000,
                0xc000000400,
                0xc000000999
            ]
        );
        assert_eq!(copied, h.read_bytes(src, 32).unwrap());
        assert_eq!(cleared, [0xc000000100, 0xc000000200, 0xc000000400]);
        assert_eq!(h.read_bytes(obj, 32).unwrap(), vec![0; 32]);
    }
}
