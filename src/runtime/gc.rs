//! The garbage collector: mark and sweep over the heap's spans (mgc.go, mgcmark.go,
//! mgcsweep.go, mfinal.go, mgcpacer.go).
//!
//! A cycle marks concurrently with the program, as Go's does:
//!
//! 1. [`mark_start`], with the world stopped (Go's `gcStart`): the write barrier on (Go's
//!    hybrid barrier: every pointer store shades the old and the new value through a
//!    per-thread buffer, see `barrier`), new objects allocated black, and the roots outside
//!    goroutine stacks greyed (globals, string literals, the runtime's tables, finalizer
//!    records). Then the world runs again.
//! 2. Concurrent mark: the interpreter's background worker (Go's `gcBgMarkWorker`) scans
//!    each goroutine's stack once, at a safepoint (a goroutine no M holds is scanned in
//!    place; a running one is asked to stop at its next safepoint and scans itself), and
//!    drains the grey objects; an allocation past the heap goal helps (Go's mark assist).
//!    Values that pass through the runtime's own tables outside the heap (a channel's
//!    buffer) are shaded on the way ([`shade`]). When nothing grey is left and every stack
//!    is scanned, the worker asks for the end of mark.
//! 3. [`mark_terminate`], with the world stopped (Go's `gcMarkDone` and `gcMarkTermination`):
//!    every thread's barrier buffer flushed, goroutines created since scanned, the tables
//!    rescanned, channels' contents (roots only while the channel is reachable), finalizers;
//!    the barrier off; the checkmark walk when asked; then the sweep begins.
//! 4. Sweeping, lazy and in the background (Go's `bgsweep` and `mcentral.cacheSpan`):
//!    the heap's sweep generation moves on, which makes every span unswept; spans are then
//!    swept one by one by the mark worker while no cycle marks and by allocators that take
//!    an unswept span from a central list; [`mark_start`] finishes what is left.
//!
//! Marking is Go's: a grey stack of objects whose words the heap's pointer bitmap says may
//! hold pointers (precise heap scanning, interior pointers through `find_object`), mark
//! bits set atomically so that several markers may share the work; roots are precise where
//! the interpreter knows the kinds of words (frames' pointer masks and liveness, the
//! globals' mask) and conservative elsewhere (a word is a root if it points into an
//! allocated object). Sweeping a span frees every unmarked object and clears the marks
//! (Go's `allocBits = gcmarkBits`).
//!
//! Finalizers follow mfinal.go and mgcmark.go: during mark, everything an object with a
//! finalizer points to is marked, but not the object itself; an object still unmarked after
//! mark is then marked (revived, with its referents) and its finalizer queued, the record
//! dropped, so it runs once and a resurrected object is freed by a later cycle.
//!
//! Pacing follows mgcpacer.go: the heap goal is `marked + marked * GOGC/100` (the
//! interpreter keeps goroutine stacks and globals outside the heap's own accounting, so they
//! do not count), floored at 4 MiB * GOGC/100; a cycle starts 7/8 of the way from the live
//! heap to the goal, leaving a runway for the concurrent mark; `GOGC=off` or a negative
//! percentage disables collection but for `runtime.GC()`, which runs a whole cycle with the
//! world stopped once any cycle in progress has ended.

use super::heap::{Addr, Heap};
use parking_lot::{Condvar, Mutex};
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{
    AtomicBool, AtomicI64, AtomicU8, AtomicU32, AtomicU64, AtomicUsize, Ordering,
};
use std::time::{Duration, Instant};

/// Go's `heapMinimum` at GOGC=100.
pub const HEAP_MINIMUM: u64 = 4 << 20;

/// The greying step: objects found reachable, and the words still to scan.
pub struct Marker<'h> {
    heap: &'h Heap,
    grey: Vec<Addr>,
    /// Bytes of objects marked so far (Go's `heapMarked`).
    pub marked_bytes: u64,
    pub marked_objects: u64,
}

impl<'h> Marker<'h> {
    pub fn new(heap: &'h Heap) -> Marker<'h> {
        Marker {
            heap,
            grey: Vec::new(),
            marked_bytes: 0,
            marked_objects: 0,
        }
    }

    /// Marks the object `p` points into, if it is an allocated heap object (Go's
    /// `greyobject` after `findObject`); other values are ignored, so this is also the
    /// conservative test for words of unknown kind. Returns whether it newly marked.
    #[inline]
    pub fn mark(&mut self, p: u64) -> bool {
        let Some(o) = self.heap.find_object(p) else {
            return false;
        };
        if !o.span.is_allocated(o.index) || !o.span.set_marked(o.index) {
            return false;
        }
        self.marked_bytes += o.size;
        self.marked_objects += 1;
        if !o.span.noscan() {
            self.grey.push(o.base);
        }
        true
    }

    /// Marks the objects every word of `words` may point into.
    pub fn mark_all(&mut self, words: &[u64]) {
        for &w in words {
            self.mark(w);
        }
    }

    /// Scans the object at `base` (marked or not) for pointers, marking what they reach,
    /// without marking the object itself (how finalizer records are treated).
    pub fn scan_object(&mut self, base: Addr) {
        let Some(o) = self.heap.find_object(base) else {
            return;
        };
        if o.span.noscan() {
            return;
        }
        for i in 0..o.size / 8 {
            let a = o.base + i * 8;
            if o.span.is_pointer_word(a) {
                if let Ok(v) = self.heap.load_u64(a) {
                    self.mark(v);
                }
            }
        }
    }

    /// Scans grey objects until none is left (Go's `gcDrain`).
    pub fn drain(&mut self) {
        while let Some(b) = self.grey.pop() {
            self.scan_object(b);
        }
    }

    /// Takes up to `max` words of the shared work (barrier flushes, other markers' grey
    /// objects) and marks them; returns how many it took.
    pub fn take_shared(&mut self, max: usize) -> usize {
        let g = gc();
        if g.work_len.load(Ordering::Acquire) == 0 {
            return 0;
        }
        let (words, grey) = {
            let mut w = g.work.lock();
            let n = w.grey.len().min(max);
            let at = w.grey.len() - n;
            let grey = w.grey.split_off(at);
            let n = w.words.len().min(max);
            let at = w.words.len() - n;
            let words = w.words.split_off(at);
            g.work_len.store(w.len(), Ordering::Release);
            (words, grey)
        };
        let taken = words.len() + grey.len();
        self.grey.extend(grey);
        for &v in &words {
            self.mark(v);
        }
        taken
    }

    /// Drains this marker and the shared work until both are empty.
    pub fn drain_all(&mut self) {
        loop {
            self.drain();
            if self.take_shared(4096) == 0 && self.grey.is_empty() {
                return;
            }
        }
    }

    /// Does about `budget` objects' worth of mark work (Go's `gcDrainN`); the rest of this
    /// marker's grey objects go back to the shared work. Returns whether it found any.
    pub fn drain_some(&mut self, budget: usize) -> bool {
        let mut done = 0;
        let mut found = false;
        loop {
            while done < budget {
                let Some(b) = self.grey.pop() else { break };
                self.scan_object(b);
                done += 1;
                found = true;
            }
            if done >= budget || self.take_shared(256) == 0 && self.grey.is_empty() {
                break;
            }
            found = true;
        }
        self.publish();
        found
    }

    /// Hands this marker's grey objects to the shared work (for another marker to scan).
    pub fn publish(&mut self) {
        if self.grey.is_empty() {
            return;
        }
        let g = gc();
        let mut w = g.work.lock();
        w.grey.extend(self.grey.drain(..));
        g.work_len.store(w.len(), Ordering::Release);
    }

    /// Whether the object `p` points into is marked.
    pub fn is_marked(&self, p: u64) -> bool {
        self.heap
            .find_object(p)
            .is_some_and(|o| o.span.is_marked(o.index))
    }
}

/// A finalizer record (Go's `specialfinalizer`): the function value to call with the
/// object, and what it needs to be called (kept opaque here).
#[derive(Clone, Debug)]
pub struct Finalizer {
    /// The object's address as given to `SetFinalizer`.
    pub obj: Addr,
    /// The func value (a closure object).
    pub func: Addr,
    /// Words the interpreter needs to make the call (argument conversion, result size).
    pub info: Vec<u64>,
}

/// What one cycle did, for gctrace and MemStats.
#[derive(Clone, Copy, Debug)]
pub struct Cycle {
    pub heap0: u64,
    pub heap1: u64,
    pub heap2: u64,
    pub goal: u64,
    /// Stop-the-world phases and mark, in nanoseconds.
    pub stw_start_ns: u64,
    pub mark_ns: u64,
    pub stw_end_ns: u64,
    pub pause_ns: u64,
    pub forced: bool,
    pub procs: u32,
    /// When the cycle's first stop-the-world began (gctrace's `@T`).
    pub started: Instant,
}

impl Default for Cycle {
    fn default() -> Cycle {
        Cycle {
            heap0: 0,
            heap1: 0,
            heap2: 0,
            goal: 0,
            stw_start_ns: 0,
            mark_ns: 0,
            stw_end_ns: 0,
            pause_ns: 0,
            forced: false,
            procs: 0,
            started: gc().start,
        }
    }
}

/// What [`mark_start`] leaves for [`mark_terminate`].
struct CycleStart {
    t0: Instant,
    mark_began: Instant,
    heap0: u64,
    stw_start_ns: u64,
    forced: bool,
    procs: u32,
}

/// Mark work shared between markers.
#[derive(Default)]
struct Work {
    /// Values to grey if they point into unmarked objects (the barrier's records).
    words: Vec<u64>,
    /// Marked objects still to scan (a marker's grey objects, handed over).
    grey: Vec<Addr>,
}

impl Work {
    fn len(&self) -> usize {
        self.words.len() + self.grey.len()
    }

    fn clear(&mut self) {
        self.words.clear();
        self.grey.clear();
    }
}

/// No cycle is marking.
pub const PHASE_OFF: u8 = 0;
/// A cycle is marking while the program runs (the barrier is on, new objects are black).
pub const PHASE_MARK: u8 = 1;

/// The collector's state (Go's `gcController`, `work` and `memstats` GC fields).
pub struct Gc {
    /// GOGC; negative when off.
    gogc: AtomicI64,
    next_gc: AtomicU64,
    numgc: AtomicU32,
    numforced: AtomicU32,
    pause_total_ns: AtomicU64,
    last_gc_unix_ns: AtomicU64,
    gc_cpu_ns: AtomicU64,
    history: Mutex<History>,
    /// Go's `runtimeInitTime`, for gctrace's `@T`.
    start: Instant,
    /// `GODEBUG=gctrace=1`.
    pub trace: AtomicBool,
    /// Collect at every allocation safepoint (goscope's stress mode, `GOSCOPE_GCSTRESS=1`).
    pub stress: AtomicBool,
    /// Re-mark the heap after each cycle and fail loudly if anything reachable was left
    /// white (Go's `GODEBUG=gccheckmark=1`; `GOSCOPE_GCCHECK=1`).
    pub check: AtomicBool,
    /// Set when the heap passes the goal: the next allocation safepoint stops the world.
    requested: AtomicBool,
    /// `runtime.GC` calls waiting: they ask for a cycle that completes after the call.
    forced: AtomicBool,
    finalizers: Mutex<HashMap<Addr, Finalizer>>,
    /// [`PHASE_OFF`] or [`PHASE_MARK`] (Go's `gcphase`).
    phase: AtomicU8,
    /// The number of the cycle marking or last marked; a goroutine whose stack was scanned
    /// in this cycle records it.
    cycle: AtomicU32,
    /// The background worker found no more mark work and every stack scanned: the next
    /// safepoint ends the mark phase.
    mark_done: AtomicBool,
    /// Shared mark work (Go's `work.full`).
    work: Mutex<Work>,
    work_len: AtomicUsize,
    cur: Mutex<Option<CycleStart>>,
    /// See [`Gc::set_mark_done`].
    scanned_below: AtomicU64,
    /// Bytes marked by the last cycle (Go's `heapMarked`), for the trigger.
    live: AtomicU64,
    /// The heap's TotalAlloc when the last cycle's mark ended: what was allocated since,
    /// added to `live`, is Go's `heapLive` (sweeping frees only what was already dead).
    alloc_base: AtomicU64,
    /// The longest stop-the-world phase so far (for reports and tests).
    max_pause_ns: AtomicU64,
    /// Held by the background worker for each unit of its work (which leaves nothing grey
    /// in its own marker) and by the stop-the-world phases, which so never see a unit
    /// half done.
    work_lock: Mutex<()>,
    /// Wakes the background mark worker.
    worker: Mutex<u32>,
    worker_cv: Condvar,
}

#[derive(Default)]
struct History {
    pause_ns: Vec<u64>,
    pause_end: Vec<u64>,
}

static GC: OnceLock<Gc> = OnceLock::new();

/// The process's collector (one heap, one collector).
pub fn gc() -> &'static Gc {
    GC.get_or_init(|| {
        let g = Gc {
            gogc: AtomicI64::new(100),
            next_gc: AtomicU64::new(HEAP_MINIMUM),
            numgc: AtomicU32::new(0),
            numforced: AtomicU32::new(0),
            pause_total_ns: AtomicU64::new(0),
            last_gc_unix_ns: AtomicU64::new(0),
            gc_cpu_ns: AtomicU64::new(0),
            history: Mutex::new(History::default()),
            start: Instant::now(),
            trace: AtomicBool::new(false),
            stress: AtomicBool::new(false),
            check: AtomicBool::new(false),
            requested: AtomicBool::new(false),
            forced: AtomicBool::new(false),
            finalizers: Mutex::new(HashMap::new()),
            phase: AtomicU8::new(PHASE_OFF),
            cycle: AtomicU32::new(0),
            mark_done: AtomicBool::new(false),
            work: Mutex::new(Work::default()),
            work_len: AtomicUsize::new(0),
            cur: Mutex::new(None),
            max_pause_ns: AtomicU64::new(0),
            live: AtomicU64::new(0),
            alloc_base: AtomicU64::new(0),
            scanned_below: AtomicU64::new(0),
            work_lock: Mutex::new(()),
            worker: Mutex::new(0),
            worker_cv: Condvar::new(),
        };
        g.configure_from_env();
        g
    })
}

impl Gc {
    /// Reads GOGC, GODEBUG=gctrace=1 (and gccheckmark=1) and goscope's GOSCOPE_GCSTRESS /
    /// GOSCOPE_GCCHECK.
    fn configure_from_env(&self) {
        if let Ok(v) = std::env::var("GOGC") {
            let v = v.trim();
            if v == "off" {
                self.gogc.store(-1, Ordering::Relaxed);
            } else if let Ok(n) = v.parse::<i64>() {
                self.gogc.store(n, Ordering::Relaxed);
            }
        }
        if let Ok(v) = std::env::var("GODEBUG") {
            for kv in v.split(',') {
                match kv.trim() {
                    "gctrace=1" => self.trace.store(true, Ordering::Relaxed),
                    "gccheckmark=1" => self.check.store(true, Ordering::Relaxed),
                    _ => {}
                }
            }
        }
        if std::env::var_os("GOSCOPE_GCSTRESS").is_some_and(|v| v == "1") {
            self.stress.store(true, Ordering::Relaxed);
        }
        if std::env::var_os("GOSCOPE_GCCHECK").is_some_and(|v| v == "1") {
            self.check.store(true, Ordering::Relaxed);
        }
        self.update_goal(0);
    }

    pub fn gogc(&self) -> i64 {
        self.gogc.load(Ordering::Relaxed)
    }

    /// `debug.SetGCPercent`: returns the previous setting.
    pub fn set_gogc(&self, pct: i64, heap: &Heap) -> i64 {
        let prev = self.gogc.swap(pct, Ordering::Relaxed);
        let marked = if self.numgc() == 0 {
            heap.heap_alloc()
        } else {
            self.live.load(Ordering::Relaxed)
        };
        self.update_goal(marked);
        prev
    }

    /// Go's `heapLive`: the bytes marked by the last cycle plus those allocated since.
    /// Unlike HeapAlloc it does not count dead objects that wait to be swept.
    #[inline]
    pub fn heap_live(&self, heap: &Heap) -> u64 {
        let since = heap
            .total_alloc()
            .saturating_sub(self.alloc_base.load(Ordering::Relaxed));
        self.live.load(Ordering::Relaxed) + since
    }

    /// The heap goal for `marked` live bytes (mgcpacer.go `heapGoal`).
    fn update_goal(&self, marked: u64) {
        let gogc = self.gogc();
        let goal = if gogc < 0 {
            u64::MAX
        } else {
            let g = gogc as u64;
            let min = HEAP_MINIMUM * g / 100;
            (marked + marked * g / 100).max(min)
        };
        self.next_gc.store(goal, Ordering::Relaxed);
    }

    /// The current heap goal (MemStats.NextGC).
    pub fn next_gc(&self) -> u64 {
        let g = self.next_gc.load(Ordering::Relaxed);
        if g == u64::MAX { 0 } else { g }
    }

    /// Called by the interpreter after an allocation: whether the world should stop for a
    /// collection at this safepoint.
    /// While a cycle marks, an allocation past the goal first helps the marker (Go's mark
    /// assist), and the safepoint after the marker finished ends the mark phase.
    #[inline]
    pub fn poll(&self, heap: &Heap) -> bool {
        if self.requested.load(Ordering::Relaxed) {
            return true;
        }
        if self.phase.load(Ordering::Relaxed) == PHASE_MARK {
            return self.poll_marking(heap);
        }
        // The stress mode stands in for the pacer, so GOGC=off turns it off too.
        let stress = self.stress.load(Ordering::Relaxed) && self.gogc.load(Ordering::Relaxed) >= 0;
        if stress || self.heap_live(heap) >= self.trigger() {
            self.requested.store(true, Ordering::Relaxed);
            return true;
        }
        false
    }

    /// Whether a collection is due that no allocation safepoint has asked for yet: the
    /// heap passed the trigger while no cycle marks (asked by sysmon; unlike [`Gc::poll`]
    /// it never does mark work). Sets the request, as `poll` does.
    pub fn trigger_due(&self, heap: &Heap) -> bool {
        if self.wanted() {
            return true;
        }
        if self.phase.load(Ordering::Relaxed) == PHASE_MARK {
            return false;
        }
        if self.heap_live(heap) >= self.trigger() {
            self.requested.store(true, Ordering::Relaxed);
            return true;
        }
        false
    }

    #[cold]
    fn poll_marking(&self, heap: &Heap) -> bool {
        if self.mark_done.load(Ordering::Relaxed) {
            return true;
        }
        if self.heap_live(heap) >= self.next_gc.load(Ordering::Relaxed) {
            self.assist(heap);
        }
        false
    }

    /// Go's mark assist: an allocating goroutine past the heap goal does some mark work.
    fn assist(&self, heap: &Heap) {
        let mut m = Marker::new(heap);
        m.drain_some(1024);
    }

    /// The heap size at which a cycle starts: 7/8 of the way from the live heap to the
    /// goal, leaving a runway for the concurrent mark (Go's trigger lies between 0.7 and
    /// 0.95 of it).
    fn trigger(&self) -> u64 {
        let goal = self.next_gc.load(Ordering::Relaxed);
        if goal == u64::MAX {
            return u64::MAX;
        }
        let live = self.live.load(Ordering::Relaxed).min(goal);
        live + (goal - live) / 8 * 7
    }

    /// Whether a stop-the-world is due at the next M's safepoint: to start a cycle or to
    /// end the mark phase.
    pub fn wanted(&self) -> bool {
        self.requested.load(Ordering::Relaxed)
            || self.forced.load(Ordering::Relaxed)
            || self.mark_done.load(Ordering::Relaxed)
    }

    /// Whether a cycle is marking.
    #[inline]
    pub fn marking(&self) -> bool {
        self.phase.load(Ordering::Acquire) == PHASE_MARK
    }

    /// The cycle marking, or last marked.
    pub fn cycle(&self) -> u32 {
        self.cycle.load(Ordering::Acquire)
    }

    /// The background worker is done: every stack of the goroutines created before
    /// creation number `scanned_below` scanned, and no mark work left.
    pub fn set_mark_done(&self, scanned_below: u64) {
        self.scanned_below.store(scanned_below, Ordering::SeqCst);
        self.mark_done.store(true, Ordering::SeqCst);
    }

    /// Whether shared mark work is waiting.
    pub fn has_work(&self) -> bool {
        self.work_len.load(Ordering::Acquire) > 0
    }

    /// The longest stop-the-world phase of any cycle so far.
    pub fn max_pause_ns(&self) -> u64 {
        self.max_pause_ns.load(Ordering::Relaxed)
    }

    /// The background worker holds this for each unit of work.
    pub fn work_lock(&self) -> parking_lot::MutexGuard<'_, ()> {
        self.work_lock.lock()
    }

    /// Wakes the background mark worker (a cycle began, or the program is ending).
    pub fn kick_worker(&self) {
        let mut k = self.worker.lock();
        *k = k.wrapping_add(1);
        self.worker_cv.notify_all();
    }

    /// The background mark worker waits here for a cycle (up to `timeout`); returns whether
    /// one is marking.
    pub fn wait_for_mark(&self, timeout: Duration) -> bool {
        let mut k = self.worker.lock();
        if self.marking() && !self.mark_done.load(Ordering::Acquire) {
            return true;
        }
        self.worker_cv.wait_for(&mut k, timeout);
        self.marking() && !self.mark_done.load(Ordering::Acquire)
    }

    /// Whether the cycle about to run was asked for by `runtime.GC`.
    pub fn wanted_forced(&self) -> bool {
        self.forced.load(Ordering::SeqCst)
    }

    /// `runtime.GC`: ask for a cycle.
    pub fn force(&self) {
        self.forced.store(true, Ordering::SeqCst);
    }

    /// Cycles completed (MemStats.NumGC).
    pub fn numgc(&self) -> u32 {
        self.numgc.load(Ordering::SeqCst)
    }

    pub fn numforced(&self) -> u32 {
        self.numforced.load(Ordering::Relaxed)
    }

    pub fn pause_total_ns(&self) -> u64 {
        self.pause_total_ns.load(Ordering::Relaxed)
    }

    pub fn last_gc_unix_ns(&self) -> u64 {
        self.last_gc_unix_ns.load(Ordering::Relaxed)
    }

    /// MemStats.PauseNs and PauseEnd: circular buffers of the last 256 cycles, as Go
    /// keeps them (index `(NumGC+255)%256` is the latest).
    pub fn pause_history(&self) -> ([u64; 256], [u64; 256]) {
        let h = self.history.lock();
        let mut ns = [0u64; 256];
        let mut end = [0u64; 256];
        for (i, (p, e)) in h.pause_ns.iter().zip(h.pause_end.iter()).enumerate() {
            ns[i % 256] = *p;
            end[i % 256] = *e;
        }
        (ns, end)
    }

    /// MemStats.GCCPUFraction: GC CPU time over the program's available CPU time.
    pub fn cpu_fraction(&self, procs: u32) -> f64 {
        let total = self.start.elapsed().as_nanos() as f64 * procs.max(1) as f64;
        if total == 0.0 {
            0.0
        } else {
            self.gc_cpu_ns.load(Ordering::Relaxed) as f64 / total
        }
    }

    /// `runtime.SetFinalizer(obj, f)` (f == 0 removes it). Err with Go's text when the
    /// object already has one.
    pub fn set_finalizer(&self, base: Addr, f: Option<Finalizer>) -> Result<(), &'static str> {
        let mut t = self.finalizers.lock();
        match f {
            None => {
                t.remove(&base);
                Ok(())
            }
            Some(f) => {
                if t.contains_key(&base) {
                    return Err("runtime.SetFinalizer: finalizer already set");
                }
                t.insert(base, f);
                Ok(())
            }
        }
    }

    /// Ends a cycle that was marking when its program ended, without sweeping (a new
    /// program run starts in the same process, as in the shell): the barrier off, new
    /// objects white again. Objects it marked survive one more cycle.
    pub fn abandon_cycle(&self, heap: &Heap) {
        let _work = self.work_lock();
        if self.phase.load(Ordering::SeqCst) != PHASE_MARK {
            return;
        }
        self.phase.store(PHASE_OFF, Ordering::SeqCst);
        self.mark_done.store(false, Ordering::SeqCst);
        self.requested.store(false, Ordering::SeqCst);
        super::barrier::set_enabled(false);
        super::barrier::set_flush_hook(None);
        heap.set_alloc_black(false);
        self.work.lock().clear();
        self.work_len.store(0, Ordering::Release);
        *self.cur.lock() = None;
    }

    /// Drops every finalizer (a new program run starts).
    pub fn reset_finalizers(&self) {
        self.finalizers.lock().clear();
    }

    /// The gctrace line for a cycle (mgc.go's format).
    pub fn trace_line(&self, c: &Cycle, started: Instant) -> String {
        let n = self.numgc();
        let at = started.duration_since(self.start).as_millis() as u64;
        let util = (self.cpu_fraction(c.procs) * 100.0) as u64;
        let mb = |b: u64| b >> 20;
        let p = c.procs as u64;
        let mut s = format!(
            "gc {n} @{}.{:03}s {util}%: {}+{}+{} ms clock, {}+{}/{}/{}+{} ms cpu, {}->{}->{} MB, {} MB goal, 0 MB stacks, 0 MB globals, {} P",
            at / 1000,
            at % 1000,
            fmt_ms(c.stw_start_ns),
            fmt_ms(c.mark_ns),
            fmt_ms(c.stw_end_ns),
            fmt_ms(c.stw_start_ns * p),
            fmt_ms(0),
            fmt_ms(c.mark_ns),
            fmt_ms(0),
            fmt_ms(c.stw_end_ns * p),
            mb(c.heap0),
            mb(c.heap1),
            mb(c.heap2),
            mb(c.goal),
            c.procs,
        );
        if c.forced {
            s.push_str(" (forced)");
        }
        s.push('\n');
        s
    }
}

/// Go's `fmtNSAsMS`: whole milliseconds from 10 ms up, else two significant digits with at
/// most three decimals.
pub fn fmt_ms(ns: u64) -> String {
    if ns >= 10_000_000 {
        return (ns / 1_000_000).to_string();
    }
    let mut x = ns / 1000;
    if x == 0 {
        return "0".into();
    }
    let mut dec = 3;
    while x >= 100 {
        x /= 10;
        dec -= 1;
    }
    let s = x.to_string();
    if dec == 0 {
        return s;
    }
    let s = format!("{s:0>width$}", width = dec + 1);
    let (a, b) = s.split_at(s.len() - dec);
    format!("{a}.{b}")
}

/// What the interpreter provides to a collection.
pub trait Roots {
    /// Calls `sink` with every root word outside goroutine stacks (globals, the runtime's
    /// tables): precise ones and conservative ones (words of unknown kind); the marker keeps
    /// only those that point into allocated objects. Called with the world stopped at the
    /// start of mark and again at mark termination.
    fn roots(&mut self, sink: &mut dyn FnMut(u64));
    /// Calls `sink` with the root words of every goroutine whose stack has not been scanned
    /// in cycle `cycle`, and records them as scanned (the world is stopped); goroutines
    /// created before creation number `from` are known to be scanned already. With `all`,
    /// every goroutine, scanned or not, without recording (for the checkmark walk).
    fn stacks(&mut self, cycle: u32, from: u64, all: bool, sink: &mut dyn FnMut(u64));
    /// Roots that exist only while an object is reachable: `sink(obj, words)` for each (a
    /// channel's buffered values hang off its small heap object).
    fn dependent(&mut self, sink: &mut dyn FnMut(u64, &[u64]));
    /// The marks are final: forget the records of unreachable objects (a channel whose
    /// heap object is unmarked), before the sweep frees them.
    fn forget_unmarked(&mut self, is_marked: &dyn Fn(u64) -> bool);
}

/// Marks from `roots` (and dependent roots, to a fixed point), taking the shared work too.
fn mark_from(m: &mut Marker, deps: &[(u64, Vec<u64>)], done: &mut [bool]) {
    loop {
        m.drain_all();
        let mut progress = false;
        for (i, (obj, words)) in deps.iter().enumerate() {
            if !done[i] && m.is_marked(*obj) {
                done[i] = true;
                m.mark_all(words);
                progress = true;
            }
        }
        if !progress && gc().work_len.load(Ordering::Acquire) == 0 {
            return;
        }
    }
}

/// The write barrier's flush: shaded pointers become mark work (Go's `wbBufFlush1` greys
/// them; here the marker greys them when it takes the work). Values that cannot be heap
/// pointers are dropped at once.
fn barrier_flush(entries: &[u64]) {
    let g = gc();
    let mut w = g.work.lock();
    w.words.extend(
        entries
            .iter()
            .copied()
            .filter(|&v| v >= super::heap::ARENA_BASE),
    );
    g.work_len.store(w.len(), Ordering::Release);
}

/// Shades words taken out of, or put into, a table the runtime keeps outside the heap
/// while the collector marks (a channel's buffer): the table is neither scanned again nor
/// behind the write barrier, so what passes through it is greyed on the way.
#[inline]
pub fn shade(words: &[u64]) {
    if super::barrier::enabled() {
        super::barrier::shade(words);
    }
}

/// Phase 1 of a cycle, with the world stopped (Go's `gcStart`): the barrier on, new objects
/// black, the roots outside goroutine stacks greyed. Stacks are scanned afterwards, each
/// once, while the program runs ([`Gc::cycle`] tells which are done), then
/// [`mark_terminate`] finishes. `t0` is when the stop-the-world began.
pub fn mark_start(heap: &Heap, roots: &mut dyn Roots, forced: bool, procs: u32, t0: Instant) {
    let g = gc();
    let _work = g.work_lock();
    // Marking needs every span swept: the sweepers finish what the last cycle left.
    heap.finish_sweep();
    let heap0 = g.heap_live(heap);
    g.requested.store(false, Ordering::Relaxed);
    if forced {
        g.forced.store(false, Ordering::SeqCst);
    }
    g.cycle.fetch_add(1, Ordering::SeqCst);
    g.mark_done.store(false, Ordering::SeqCst);
    super::barrier::set_flush_hook(Some(barrier_flush));
    super::barrier::set_enabled(true);
    heap.set_alloc_black(true);
    g.phase.store(PHASE_MARK, Ordering::SeqCst);
    let mut m = Marker::new(heap);
    roots.roots(&mut |w| {
        m.mark(w);
    });
    for f in g.finalizers.lock().values() {
        m.scan_object(f.obj);
        m.mark(f.func);
        m.mark_all(&f.info);
    }
    m.publish();
    drop(_work);
    let now = Instant::now();
    *g.cur.lock() = Some(CycleStart {
        t0,
        mark_began: now,
        heap0,
        stw_start_ns: (now - t0).as_nanos() as u64,
        forced,
        procs,
    });
    g.kick_worker();
}

/// Phase 3 of a cycle, with the world stopped (Go's `gcMarkDone` + `gcMarkTermination` +
/// `gcSweep`): the last grey objects, every goroutine not yet scanned, the runtime's tables
/// again, dependent roots, finalizers; then the barrier off, the checkmark walk when asked,
/// and the sweep. Returns what the cycle did and the finalizers to run.
pub fn mark_terminate(heap: &Heap, roots: &mut dyn Roots, t2: Instant) -> (Cycle, Vec<Finalizer>) {
    let g = gc();
    let _work = g.work_lock();
    let start = g
        .cur
        .lock()
        .take()
        .expect("mark_terminate without mark_start");
    let cycle = g.cycle();
    // The worker checked every goroutine created before `scanned_below`; only those
    // created since need a look.
    let from = if g.mark_done.load(Ordering::SeqCst) {
        g.scanned_below.load(Ordering::SeqCst)
    } else {
        0
    };
    super::barrier::flush_current_thread();
    let mut m = Marker::new(heap);
    roots.roots(&mut |w| {
        m.mark(w);
    });
    roots.stacks(cycle, from, false, &mut |w| {
        m.mark(w);
    });
    let mut deps: Vec<(u64, Vec<u64>)> = Vec::new();
    roots.dependent(&mut |o, ws| deps.push((o, ws.to_vec())));
    let mut deps_done = vec![false; deps.len()];
    // Finalizer records: what the objects point to stays alive, and so do the functions,
    // but not the objects themselves.
    let fins: Vec<Finalizer> = g.finalizers.lock().values().cloned().collect();
    for f in &fins {
        m.scan_object(f.obj);
        m.mark(f.func);
        m.mark_all(&f.info);
    }
    mark_from(&mut m, &deps, &mut deps_done);
    // Unreachable objects with finalizers are revived, and their finalizers queued.
    let mut ready = Vec::new();
    {
        let mut t = g.finalizers.lock();
        for f in fins {
            if !m.is_marked(f.obj) {
                t.remove(&f.obj);
                m.mark(f.obj);
                ready.push(f);
            }
        }
    }
    mark_from(&mut m, &deps, &mut deps_done);
    // Mark is over: no more shading, and new objects are white again.
    g.phase.store(PHASE_OFF, Ordering::SeqCst);
    g.mark_done.store(false, Ordering::SeqCst);
    super::barrier::set_enabled(false);
    super::barrier::set_flush_hook(None);
    super::barrier::take_current_thread();
    heap.set_alloc_black(false);
    {
        let mut w = g.work.lock();
        w.clear();
        g.work_len.store(0, Ordering::Release);
    }
    let heap1 = g.heap_live(heap);
    if g.check.load(Ordering::Relaxed) {
        let mut root_words = Vec::new();
        roots.roots(&mut |w| root_words.push(w));
        roots.stacks(cycle, 0, true, &mut |w| root_words.push(w));
        let mut extra: Vec<u64> = g
            .finalizers
            .lock()
            .values()
            .flat_map(|f| std::iter::once(f.func).chain(f.info.iter().copied()))
            .collect();
        extra.extend(ready.iter().flat_map(|f| [f.obj, f.func]));
        checkmark(heap, &root_words, &extra, &deps);
    }
    roots.forget_unmarked(&|p| m.is_marked(p));
    // The sweep begins: every span unswept at once; the background sweeper and the
    // allocators sweep them while the program runs.
    let heap2 = heap.marked_bytes();
    heap.start_sweep();
    g.live.store(heap2, Ordering::Relaxed);
    g.alloc_base.store(heap.total_alloc(), Ordering::Relaxed);
    g.update_goal(heap2);
    g.kick_worker();
    let t3 = Instant::now();
    let stw_end = t3 - t2;
    let pause = start.stw_start_ns + stw_end.as_nanos() as u64;
    let mark_ns = (t2 - start.mark_began).as_nanos() as u64;
    let n = g.numgc.fetch_add(1, Ordering::SeqCst) + 1;
    if start.forced {
        g.numforced.fetch_add(1, Ordering::Relaxed);
    }
    g.pause_total_ns.fetch_add(pause, Ordering::Relaxed);
    g.gc_cpu_ns.fetch_add(pause + mark_ns, Ordering::Relaxed);
    g.max_pause_ns.fetch_max(
        start.stw_start_ns.max(stw_end.as_nanos() as u64),
        Ordering::Relaxed,
    );
    let now_unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_nanos() as u64;
    g.last_gc_unix_ns.store(now_unix, Ordering::Relaxed);
    {
        let mut h = g.history.lock();
        let i = ((n - 1) % 256) as usize;
        if h.pause_ns.len() <= i {
            h.pause_ns.resize(i + 1, 0);
            h.pause_end.resize(i + 1, 0);
        }
        h.pause_ns[i] = pause;
        h.pause_end[i] = now_unix;
    }
    let cycle = Cycle {
        heap0: start.heap0,
        heap1,
        heap2,
        goal: g.next_gc(),
        stw_start_ns: start.stw_start_ns,
        mark_ns,
        stw_end_ns: stw_end.as_nanos() as u64,
        pause_ns: pause,
        forced: start.forced,
        procs: start.procs,
        started: start.t0,
    };
    (cycle, ready)
}

/// Runs one whole collection with the world stopped (what `runtime.GC` does once any
/// cycle in progress has ended): [`mark_start`], all the mark work, [`mark_terminate`].
pub fn collect(
    heap: &Heap,
    roots: &mut dyn Roots,
    forced: bool,
    procs: u32,
) -> (Cycle, Vec<Finalizer>) {
    let t0 = Instant::now();
    mark_start(heap, roots, forced, procs, t0);
    let t2 = Instant::now();
    let done = mark_terminate(heap, roots, t2);
    // `runtime.GC` returns with the heap swept, so that MemStats show the cycle's effect.
    heap.finish_sweep();
    done
}

/// Go's `gccheckmark`: walks the heap again from the same roots without the mark bits and
/// fails loudly if an object reachable now was left unmarked by the cycle.
fn checkmark(heap: &Heap, roots: &[u64], extra: &[u64], deps: &[(u64, Vec<u64>)]) {
    let mut seen = std::collections::HashSet::new();
    let mut stack = Vec::new();
    // Unmarked reachable objects, each with where it was found (a slot, or 0 for a root).
    let mut missed: Vec<(Addr, Addr)> = Vec::new();
    let mut visit =
        |p: u64, from: Addr, stack: &mut Vec<Addr>, seen: &mut std::collections::HashSet<Addr>| {
            let Some(o) = heap.find_object(p) else {
                return;
            };
            if !o.span.is_allocated(o.index) || !seen.insert(o.base) {
                return;
            }
            if !o.span.is_marked(o.index) {
                missed.push((o.base, from));
            }
            if !o.span.noscan() {
                stack.push(o.base);
            }
        };
    for &p in roots.iter().chain(extra) {
        visit(p, 0, &mut stack, &mut seen);
    }
    let mut done = vec![false; deps.len()];
    loop {
        while let Some(b) = stack.pop() {
            let Some(o) = heap.find_object(b) else {
                continue;
            };
            for i in 0..o.size / 8 {
                let a = o.base + i * 8;
                if o.span.is_pointer_word(a) {
                    if let Ok(v) = heap.load_u64(a) {
                        visit(v, a, &mut stack, &mut seen);
                    }
                }
            }
        }
        let mut progress = false;
        for (i, (obj, words)) in deps.iter().enumerate() {
            let reached = heap
                .find_object(*obj)
                .is_some_and(|o| seen.contains(&o.base));
            if !done[i] && reached {
                done[i] = true;
                progress = true;
                for &w in words {
                    visit(w, *obj, &mut stack, &mut seen);
                }
            }
        }
        if !progress {
            break;
        }
    }
    if let Some(&(obj, from)) = missed.first() {
        let found = if from == 0 {
            "a root".to_string()
        } else {
            let base = heap.find_object(from).map_or(from, |o| o.base);
            format!("*({base:#x}+{:#x})", from - base)
        };
        eprintln!(
            "runtime: checkmark found {} reachable objects the collector left unmarked, first {obj:#x} found at {found}",
            missed.len(),
        );
        eprintln!("fatal error: found unmarked reachable object");
        std::process::exit(2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_format_matches_go() {
        assert_eq!(fmt_ms(0), "0");
        assert_eq!(fmt_ms(999), "0");
        assert_eq!(fmt_ms(1_000), "0.001");
        assert_eq!(fmt_ms(12_000), "0.012");
        assert_eq!(fmt_ms(123_456), "0.12");
        assert_eq!(fmt_ms(1_234_567), "1.2");
        assert_eq!(fmt_ms(9_999_999), "9.9");
        assert_eq!(fmt_ms(10_000_000), "10");
        assert_eq!(fmt_ms(123_456_789), "123");
    }
}
