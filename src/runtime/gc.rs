//! The garbage collector: mark and sweep over the heap's spans (mgc.go, mgcmark.go,
//! mgcsweep.go, mfinal.go, mgcpacer.go).
//!
//! This first collector stops the world for the whole cycle: the interpreter stops every M
//! at a safepoint ([`super::sched::Sched::stop_the_world`]), hands [`collect`] a root
//! enumeration, and starts the world again. Marking is Go's: a grey stack of objects whose
//! words the heap's pointer bitmap says may hold pointers (precise heap scanning, interior
//! pointers through `find_object`); roots are precise where the interpreter knows the kinds
//! of words (frames' pointer masks, the globals' mask) and conservative elsewhere (a word is
//! a root if it points into an allocated object). Sweeping frees every unmarked object and
//! clears the marks (Go's `allocBits = gcmarkBits`).
//!
//! Finalizers follow mfinal.go and mgcmark.go: during mark, everything an object with a
//! finalizer points to is marked, but not the object itself; an object still unmarked after
//! mark is then marked (revived, with its referents) and its finalizer queued, the record
//! dropped, so it runs once and a resurrected object is freed by a later cycle.
//!
//! Pacing follows mgcpacer.go without concurrency: the heap goal is `marked + marked *
//! GOGC/100` (the interpreter keeps goroutine stacks and globals outside the heap's own
//! accounting, so they do not count), floored at 4 MiB * GOGC/100; `GOGC=off` or a negative
//! percentage disables collection but for `runtime.GC()`.

use super::heap::{Addr, Heap};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicU64, Ordering};
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
#[derive(Clone, Copy, Debug, Default)]
pub struct Cycle {
    pub heap0: u64,
    pub heap1: u64,
    pub heap2: u64,
    pub goal: u64,
    pub freed_objects: u64,
    pub freed_bytes: u64,
    /// Stop-the-world phases and mark, in nanoseconds.
    pub stw_start_ns: u64,
    pub mark_ns: u64,
    pub stw_end_ns: u64,
    pub pause_ns: u64,
    pub forced: bool,
    pub procs: u32,
}

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
        self.update_goal(heap.mem_stats().heap_alloc.min(self.last_marked()));
        prev
    }

    fn last_marked(&self) -> u64 {
        u64::MAX
    }

    /// The heap goal after a cycle that left `marked` bytes live.
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
    #[inline]
    pub fn poll(&self, heap: &Heap) -> bool {
        if self.requested.load(Ordering::Relaxed) {
            return true;
        }
        if self.stress.load(Ordering::Relaxed)
            || heap.heap_alloc() >= self.next_gc.load(Ordering::Relaxed)
        {
            self.requested.store(true, Ordering::Relaxed);
            return true;
        }
        false
    }

    /// Whether a cycle is due (asked by an M between goroutines).
    pub fn wanted(&self) -> bool {
        self.requested.load(Ordering::Relaxed) || self.forced.load(Ordering::Relaxed)
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

/// What the interpreter provides to a collection (the world is stopped).
pub trait Roots {
    /// Calls `sink` with every root word: precise ones (words known to hold pointers) and
    /// conservative ones (words of unknown kind); the marker keeps only those that point
    /// into allocated objects.
    fn roots(&mut self, sink: &mut dyn FnMut(u64));
    /// Roots that exist only while an object is reachable: `sink(obj, words)` for each (a
    /// channel's buffered values hang off its small heap object).
    fn dependent(&mut self, sink: &mut dyn FnMut(u64, &[u64]));
    /// The marks are final: forget the records of unreachable objects (a channel whose
    /// heap object is unmarked), before the sweep frees them.
    fn forget_unmarked(&mut self, is_marked: &dyn Fn(u64) -> bool);
}

/// Marks from `roots` (and dependent roots, to a fixed point).
fn mark_from(m: &mut Marker, deps: &[(u64, Vec<u64>)], done: &mut [bool]) {
    loop {
        m.drain();
        let mut progress = false;
        for (i, (obj, words)) in deps.iter().enumerate() {
            if !done[i] && m.is_marked(*obj) {
                done[i] = true;
                m.mark_all(words);
                progress = true;
            }
        }
        if !progress {
            return;
        }
    }
}

/// Runs one whole collection with the world stopped; returns what it did and the
/// finalizers to run (each on the finalizer goroutine).
pub fn collect(heap: &Heap, roots: &mut dyn Roots, forced: bool, procs: u32) -> (Cycle, Vec<Finalizer>) {
    let g = gc();
    let t0 = Instant::now();
    let heap0 = heap.heap_alloc();
    g.requested.store(false, Ordering::Relaxed);
    if forced {
        g.forced.store(false, Ordering::SeqCst);
    }
    let t1 = Instant::now();
    let mut m = Marker::new(heap);
    let mut root_words = Vec::new();
    roots.roots(&mut |w| root_words.push(w));
    let mut deps: Vec<(u64, Vec<u64>)> = Vec::new();
    roots.dependent(&mut |o, ws| deps.push((o, ws.to_vec())));
    let mut deps_done = vec![false; deps.len()];
    m.mark_all(&root_words);
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
    let heap1 = heap0;
    let t2 = Instant::now();
    if g.check.load(Ordering::Relaxed) {
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
    let mut freed_objects = 0;
    let mut freed_bytes = 0;
    for span in heap.spans_in_use() {
        let r = heap.sweep_span(span);
        freed_objects += r.freed_objects;
        freed_bytes += r.freed_bytes;
    }
    let heap2 = heap.heap_alloc();
    g.update_goal(m.marked_bytes);
    let t3 = Instant::now();
    let pause = t3 - t0;
    let n = g.numgc.fetch_add(1, Ordering::SeqCst) + 1;
    if forced {
        g.numforced.fetch_add(1, Ordering::Relaxed);
    }
    g.pause_total_ns
        .fetch_add(pause.as_nanos() as u64, Ordering::Relaxed);
    g.gc_cpu_ns
        .fetch_add(pause.as_nanos() as u64, Ordering::Relaxed);
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
        h.pause_ns[i] = pause.as_nanos() as u64;
        h.pause_end[i] = now_unix;
    }
    let cycle = Cycle {
        heap0,
        heap1,
        heap2,
        goal: g.next_gc(),
        freed_objects,
        freed_bytes,
        stw_start_ns: (t1 - t0).as_nanos() as u64,
        mark_ns: (t2 - t1).as_nanos() as u64,
        stw_end_ns: (t3 - t2).as_nanos() as u64,
        pause_ns: pause.as_nanos() as u64,
        forced,
        procs,
    };
    (cycle, ready)
}

/// Go's `gccheckmark`: walks the heap again from the same roots without the mark bits and
/// fails loudly if an object reachable now was left unmarked by the cycle.
fn checkmark(heap: &Heap, roots: &[u64], extra: &[u64], deps: &[(u64, Vec<u64>)]) {
    let mut seen = std::collections::HashSet::new();
    let mut stack = Vec::new();
    let mut missed = Vec::new();
    let mut visit = |p: u64, stack: &mut Vec<Addr>, seen: &mut std::collections::HashSet<Addr>| {
        let Some(o) = heap.find_object(p) else {
            return;
        };
        if !o.span.is_allocated(o.index) || !seen.insert(o.base) {
            return;
        }
        if !o.span.is_marked(o.index) {
            missed.push(o.base);
        }
        if !o.span.noscan() {
            stack.push(o.base);
        }
    };
    for &p in roots.iter().chain(extra) {
        visit(p, &mut stack, &mut seen);
    }
    let mut done = vec![false; deps.len()];
    loop {
        while let Some(b) = stack.pop() {
            let Some(o) = heap.find_object(b) else { continue };
            for i in 0..o.size / 8 {
                let a = o.base + i * 8;
                if o.span.is_pointer_word(a) {
                    if let Ok(v) = heap.load_u64(a) {
                        visit(v, &mut stack, &mut seen);
                    }
                }
            }
        }
        let mut progress = false;
        for (i, (obj, words)) in deps.iter().enumerate() {
            let reached = heap.find_object(*obj).is_some_and(|o| seen.contains(&o.base));
            if !done[i] && reached {
                done[i] = true;
                progress = true;
                for &w in words {
                    visit(w, &mut stack, &mut seen);
                }
            }
        }
        if !progress {
            break;
        }
    }
    if !missed.is_empty() {
        eprintln!(
            "runtime: checkmark found {} reachable objects the collector left unmarked, first {:#x}",
            missed.len(),
            missed[0]
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
