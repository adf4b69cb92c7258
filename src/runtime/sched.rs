//! Go's scheduler (runtime/proc.go) over OS threads, generic over what a goroutine runs.
//!
//! The pieces are Go's and named as in Go:
//!
//! | here | Go | what it is |
//! |---|---|---|
//! | [`G`] | `g` | a goroutine: an id, a status, a wait reason, and its data `T` (for the VM: registers and frames) behind a mutex held by whoever runs it |
//! | [`PLocal`] | `p` | a logical processor: a `runnext` slot, a local FIFO run queue (stealable), and per-P data `MD` (the allocation cache) |
//! | M | `m` | an OS thread running [`m_loop`]; GOMAXPROCS of them hold a P, more exist while some block |
//! | [`Sched`] | `schedt` | the global run queue, idle Ps and Ms, the goroutine list, the counts `checkdead` uses |
//!
//! A goroutine is data: an M runs it by locking `G::data` and calling [`Runner::run`],
//! which returns why it stopped ([`Stop`]). Nothing here knows what `T` is.
//!
//! **Run order.** `go` and wakeups put the goroutine in the current P's `runnext` slot (the
//! one there before moves to the tail of the local queue), so with GOMAXPROCS=1 the newest
//! goroutine runs first, as in Go. An M looks for work in `runnext`, then (every 61st
//! schedule, for fairness) the global queue, then its local queue, the global queue, and
//! the other Ps' local queues. `runnext` is never stolen.
//!
//! **Parking.** A goroutine that must wait calls [`MCtx::park`] *before* it publishes
//! itself where a waker can find it (a channel queue, a semaphore), then stops with
//! [`Stop::Park`]; [`Sched::ready`] makes it runnable again. Because the status changes
//! first, a wakeup that comes before the M has let go of the goroutine is not lost: the
//! next M to run it waits for the mutex.
//!
//! **Reuse.** A goroutine that finishes goes to its P's free list if nothing else refers
//! to it; the next `go` statement on that P rebuilds it in place (its data keeps its
//! buffers), as Go's `gfput`/`gfget` reuse dead `g`s and their stacks. A reused goroutine
//! gets a new id and a new creation number, so to the collector it is a new goroutine.
//!
//! **Blocking in Rust.** An M that must block its thread (a nested Go call inside a native
//! that parks, a blocking read) hands its P to another M first ([`MCtx::block`]), as Go's
//! `entersyscall`/`handoffp` do, and gets one back afterwards.
//!
//! **Deadlock.** `nactive` counts goroutines that are runnable, running or blocked in
//! Rust; `ntimers` the pending timers. A goroutine parks by decrementing `nactive`; when
//! that leaves no active goroutine and no timer that could wake one, nobody can ever wake
//! anyone: Go's `checkdead` reports `all goroutines are asleep - deadlock!` (the runner
//! prints it). A timer channel's timer can wake someone only while a goroutine waits on
//! the channel ([`Sched::add_timer_waited`]), as in Go 1.23.
//!
//! **Preemption.** A monitor thread (Go's `sysmon`) sets a P's `preempt` flag when the same
//! goroutine has run on it for [`FORCE_PREEMPT`]; the runner polls the flag at safepoints
//! and stops with [`Stop::Preempted`], and the goroutine goes to the global queue as in Go.

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use crossbeam_utils::CachePadded;
use parking_lot::{Condvar, Mutex};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The most Ps a program can have (`runtime.GOMAXPROCS(n)` above it is clamped, as Go
/// clamps at 1024).
pub const MAX_PROCS: usize = 256;

/// Go's `forcePreemptNS`: a goroutine that has run this long is preempted.
pub const FORCE_PREEMPT: Duration = Duration::from_millis(10);

/// sysmon's longest sleep (Go's is 10 ms; goscope's is shorter because sysmon also
/// notices collections that are due, see [`Runner::gc_due`]).
const SYSMON_MAX_DELAY: Duration = Duration::from_millis(2);

/// How long an M without work keeps looking before it gives up its P and sleeps (Go's
/// "spinning" M; while one spins, wakeups do not start another).
const SPIN: Duration = Duration::from_micros(50);

/// A goroutine's status (Go's `_Grunnable`, `_Grunning`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Status {
    Runnable = 1,
    Running = 2,
    Waiting = 3,
    /// Blocked in Rust with its M (Go's `_Gsyscall`).
    Syscall = 4,
    Dead = 5,
}

impl Status {
    fn from_u8(v: u8) -> Status {
        match v {
            1 => Status::Runnable,
            2 => Status::Running,
            3 => Status::Waiting,
            4 => Status::Syscall,
            _ => Status::Dead,
        }
    }
}

/// Why a goroutine waits: the text Go prints in its traceback header (runtime2.go's
/// `waitReasonStrings`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum WaitReason {
    None = 0,
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    Semacquire,
    SyncMutexLock,
    SyncRWMutexRLock,
    SyncRWMutexLock,
    SyncCondWait,
    IoWait,
    FinalizerWait,
    ForceGcIdle,
    GcSweepWait,
    /// Blocked in a system call (Go shows the status `syscall`).
    Syscall,
    /// A goroutine stopped by `runtime.Goexit` in main, waiting for the program to end.
    Zombie,
}

impl WaitReason {
    pub const ALL: [WaitReason; 19] = [
        WaitReason::None,
        WaitReason::ChanReceive,
        WaitReason::ChanSend,
        WaitReason::ChanReceiveNilChan,
        WaitReason::ChanSendNilChan,
        WaitReason::Select,
        WaitReason::SelectNoCases,
        WaitReason::Sleep,
        WaitReason::Semacquire,
        WaitReason::SyncMutexLock,
        WaitReason::SyncRWMutexRLock,
        WaitReason::SyncRWMutexLock,
        WaitReason::SyncCondWait,
        WaitReason::IoWait,
        WaitReason::FinalizerWait,
        WaitReason::ForceGcIdle,
        WaitReason::GcSweepWait,
        WaitReason::Syscall,
        WaitReason::Zombie,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::None => "",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::Semacquire => "semacquire",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::IoWait => "IO wait",
            WaitReason::FinalizerWait => "finalizer wait",
            WaitReason::ForceGcIdle => "force gc (idle)",
            WaitReason::GcSweepWait => "GC sweep wait",
            WaitReason::Syscall => "syscall",
            WaitReason::Zombie => "zombie",
        }
    }
}

/// A goroutine.
pub struct G<T> {
    pub id: u64,
    /// Creation order (Go's `allgs` order), given when the goroutine is registered.
    seq: AtomicU64,
    /// What the goroutine runs; locked by the M running it.
    pub data: Mutex<T>,
    status: AtomicU8,
    reason: AtomicU8,
    /// When it started waiting (for `[chan receive, 5 minutes]`).
    waiting_since: Mutex<Option<Instant>>,
    /// Go's `selectDone`: the first waker of a goroutine parked in `select` sets it; the
    /// others leave the goroutine alone.
    pub sel_done: super::sync::AtomicBool,
    /// Set while the goroutine waits with its M blocked in Rust ([`MCtx::wait_nested`]):
    /// a wakeup then wakes that thread instead of queueing the goroutine.
    nested: Mutex<Nested>,
    nested_cv: Condvar,
    /// While its M holds its data without running it (blocked in Rust, or stopped for the
    /// collector inside a native's nested call): the root words of the goroutine, taken
    /// when it stopped.
    pub roots: Mutex<Option<Vec<u64>>>,
    /// A runtime goroutine (the finalizer goroutine): not counted by NumGoroutine nor
    /// shown in tracebacks of other goroutines.
    pub system: AtomicBool,
    /// The collector's cycle in which this goroutine's stack was last scanned (Go's
    /// `gcscandone`, per cycle): each stack is scanned once per cycle.
    pub gcscan: std::sync::atomic::AtomicU32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Nested {
    No,
    Waiting,
    Woken,
}

pub type GRef<T> = Arc<G<T>>;

impl<T> G<T> {
    pub fn status(&self) -> Status {
        Status::from_u8(self.status.load(Ordering::Acquire))
    }

    pub fn wait_reason(&self) -> WaitReason {
        WaitReason::ALL
            .get(self.reason.load(Ordering::Relaxed) as usize)
            .copied()
            .unwrap_or(WaitReason::None)
    }

    /// How long the goroutine has been waiting, if it is.
    pub fn waiting_for(&self) -> Option<Duration> {
        (*self.waiting_since.lock()).map(|t| t.elapsed())
    }
}

impl<T> G<T> {
    /// A runnable goroutine, not yet registered.
    fn new(id: u64, data: T) -> G<T> {
        G {
            id,
            seq: AtomicU64::new(0),
            data: Mutex::new(data),
            status: AtomicU8::new(Status::Runnable as u8),
            reason: AtomicU8::new(0),
            waiting_since: Mutex::new(None),
            sel_done: super::sync::AtomicBool::new(false),
            nested: Mutex::new(Nested::No),
            nested_cv: Condvar::new(),
            roots: Mutex::new(None),
            gcscan: std::sync::atomic::AtomicU32::new(0),
            system: AtomicBool::new(false),
        }
    }

    /// A dead goroutine, owned by nobody else, made new under goroutine id `id`.
    fn reset(&mut self, id: u64) {
        self.id = id;
        *self.status.get_mut() = Status::Runnable as u8;
        *self.reason.get_mut() = 0;
        *self.waiting_since.get_mut() = None;
        self.sel_done.store(false, Ordering::Relaxed);
        *self.nested.get_mut() = Nested::No;
        *self.roots.get_mut() = None;
        *self.system.get_mut() = false;
        *self.gcscan.get_mut() = 0;
    }
}

/// How [`MCtx::spawn`] gets a new goroutine's data: built anew, or rebuilt in the data of
/// a dead goroutine (whose buffers it may keep, as Go keeps a dead `g`'s stack).
pub trait NewData<T> {
    fn make(self, id: u64) -> T;
    fn reset(self, id: u64, data: &mut T);
}

impl<T, F: FnOnce(u64) -> T> NewData<T> for F {
    fn make(self, id: u64) -> T {
        self(id)
    }
    fn reset(self, id: u64, data: &mut T) {
        *data = self(id);
    }
}

/// `allgs`: every goroutine not yet finished, in creation order, with holes where
/// goroutines finished (compacted now and then).
struct AllGs<T> {
    gs: Vec<(u64, Option<GRef<T>>)>,
    dead: usize,
}

impl<T> AllGs<T> {
    /// The goroutines not finished (those that finished wait in their P's `dead` list to
    /// leave, a batch at a time).
    fn live(&self) -> impl Iterator<Item = &GRef<T>> {
        self.gs
            .iter()
            .filter_map(|e| e.1.as_ref())
            .filter(|g| g.status() != Status::Dead)
    }

    /// Takes `g` out.
    fn remove(&mut self, g: &GRef<T>) {
        let seq = g.seq.load(Ordering::Relaxed);
        if let Ok(i) = self.gs.binary_search_by_key(&seq, |e| e.0) {
            if self.gs[i].1.take().is_some() {
                self.dead += 1;
            }
        }
    }
}

/// Go's `_Gfree` list sizes: a P keeps up to this many dead goroutines, and moves half of
/// them to the global list beyond that.
const GFREE_LOCAL: usize = 64;
/// The global list keeps at most this many (Go keeps all; ours hold register files).
const GFREE_GLOBAL: usize = 4096;

/// Finished goroutines leave `allgs` in batches of this many.
const REAP_BATCH: usize = 32;

/// Keeps finished `g` for reuse if nothing else refers to it (Go's `gfput`).
fn gfput<T, MD>(sched: &Sched<T, MD>, p: &mut PLocal<T, MD>, mut g: GRef<T>) {
    if Arc::get_mut(&mut g).is_none() {
        return;
    }
    p.gfree.push(g);
    if p.gfree.len() > GFREE_LOCAL {
        let mut global = sched.gfree.lock();
        let keep = GFREE_LOCAL / 2;
        let room = GFREE_GLOBAL.saturating_sub(global.len());
        let moved = p.gfree.len() - keep;
        // (Those beyond the global list's room are dropped with the drain.)
        global.extend(p.gfree.drain(keep..).take(room.min(moved)));
    }
}

/// A dead goroutine to reuse, from this P's list or else a batch from the global one (Go's
/// `gfget`).
fn gfget<T: Send, MD: Send>(sched: &Sched<T, MD>, p: &mut PLocal<T, MD>) -> Option<GRef<T>> {
    if p.gfree.is_empty() {
        sched.reap(p);
    }
    if p.gfree.is_empty() {
        let mut global = sched.gfree.lock();
        let n = global.len().min(GFREE_LOCAL / 2);
        let at = global.len() - n;
        p.gfree.extend(global.drain(at..));
    }
    p.gfree.pop()
}

/// A goroutine outside any scheduler, for unit tests of what parks goroutines.
#[cfg(test)]
pub(crate) fn test_g<T>(id: u64, data: T) -> GRef<T> {
    let g = G::new(id, data);
    g.seq.store(id, Ordering::Relaxed);
    g.status.store(Status::Running as u8, Ordering::Relaxed);
    Arc::new(g)
}

/// Why a goroutine stopped running.
#[derive(Debug, PartialEq, Eq)]
pub enum Stop {
    /// It parked itself ([`MCtx::park`]); a wakeup will make it runnable.
    Park,
    /// `runtime.Gosched`: to the global queue.
    Yield,
    /// Preempted at a safepoint: to the global queue (Go's `gopreempt_m`).
    Preempted,
    /// Stopped at a safepoint for a stop-the-world: it runs next on this P once the world
    /// starts again, as a Go goroutine suspended by the collector resumes in place.
    Resume,
    /// Its function returned (or it called `runtime.Goexit`).
    Done,
    /// The program ends with this status (main returned, `os.Exit`, a fatal error or an
    /// unrecovered panic, already reported).
    Exit(i32),
}

/// What the scheduler needs from the interpreter.
pub trait Runner<T, MD>: Sync {
    /// Whether the runner wants the world stopped (a garbage collection is due); the M
    /// that sees it first calls [`Runner::collect`] between goroutines.
    fn gc_wanted(&self) -> bool {
        false
    }
    /// Asked by sysmon now and then: whether a collection is due although no allocation
    /// safepoint has noticed it (the program allocates in appends, concatenations or
    /// natives, which do not stop); the running goroutines are then asked to stop.
    fn gc_due(&self) -> bool {
        false
    }
    /// Runs a collection: [`Sched::stop_the_world`], the work, [`Sched::start_the_world`].
    fn collect(&self, m: &mut MCtx<'_, '_, T, MD>, md: &mut MD) {
        let _ = (m, md);
    }
    /// This M stops for a stop-the-world: give back what the collector must see (the
    /// allocation cache).
    fn before_stop(&self, md: &mut MD) {
        let _ = md;
    }
    /// The per-M data an M passes to [`Runner::run`] (the allocation cache): per M rather
    /// than per P, so a goroutine blocked in Rust keeps it while its P moves on.
    fn new_m(&self) -> MD;
    /// Runs `g` until it stops.
    fn run(&self, m: &mut MCtx<'_, '_, T, MD>, md: &mut MD, g: &GRef<T>, data: &mut T) -> Stop;
    /// Every goroutine is asleep: report Go's fatal error and return the exit status.
    fn deadlock(&self, sched: &Sched<T, MD>) -> i32;
    /// The collector's background mark worker (Go's dedicated `gcBgMarkWorker`): a thread
    /// of its own for the whole run, returning once the program is exiting.
    fn gc_worker(&self, sched: &Sched<T, MD>) {
        let _ = sched;
    }
    /// The program is ending: wake the threads of the runner's own that wait for work (the
    /// mark worker), so that the run does not wait for them to notice.
    fn wake_workers(&self) {}
}

/// A logical processor (Go's `p`): owned by the M that runs on it.
pub struct PLocal<T, MD> {
    _md: std::marker::PhantomData<fn() -> MD>,
    pub id: usize,
    /// A goroutine stopped for a stop-the-world: it continues before anything else, and
    /// without disturbing `runnext`.
    resume: Option<GRef<T>>,
    runnext: Option<GRef<T>>,
    queue: Worker<GRef<T>>,
    schedtick: u64,
    goid_next: u64,
    goid_end: u64,
    /// Dead goroutines kept for reuse (Go's `p.gFree`).
    gfree: Vec<GRef<T>>,
    /// Goroutines that finished on this P and are still counted in `nactive`: the count
    /// is settled when the P leaves its M, or a new goroutine on this P takes the place of
    /// one, so that the Ms do not contend for `nactive` at every goroutine's end. (Counting
    /// too many for a while only delays a deadlock report until the P goes idle.)
    ndone: i64,
    /// Goroutines that finished on this P, still in `allgs` (as dead): they leave it a
    /// batch at a time, so that the Ms do not contend for its lock at every goroutine's end.
    dead: Vec<GRef<T>>,
}

/// A flag polled by running code and set by other threads, alone on its cache line (the
/// flags of two Ps side by side would make each P's writes slow down the other's polls).
pub type Flag = Arc<CachePadded<AtomicBool>>;

/// The parts of a P other threads touch. What thieves read (`stealer`) and what the P's
/// own M writes at every goroutine switch (`state`) sit on separate cache lines, and each
/// P's on lines of its own: a spinning M polling another P's queue must not make that P's
/// switches miss the cache.
struct PShared<T> {
    stealer: Stealer<GRef<T>>,
    /// Set to make the goroutine running on this P stop at its next safepoint.
    preempt: Flag,
    state: CachePadded<PState>,
}

/// What a P's M writes as it runs goroutines.
struct PState {
    /// Bumped whenever the P starts running a goroutine; sysmon's evidence of progress.
    /// Only the M holding the P writes it.
    schedtick: AtomicU64,
    /// Whether an M is running a goroutine on this P right now.
    running: AtomicBool,
    /// Set with `preempt` when the goroutine must leave the P (sysmon's time slice, a
    /// GOMAXPROCS change), as opposed to stopping only for the collector to scan it.
    yield_req: AtomicBool,
}

impl<T> std::ops::Deref for PShared<T> {
    type Target = PState;
    fn deref(&self) -> &PState {
        &self.state
    }
}

impl PState {
    /// A goroutine starts on the P (by the M holding it, the only writer).
    fn tick(&self) {
        let t = self.schedtick.load(Ordering::Relaxed);
        self.schedtick.store(t + 1, Ordering::Release);
    }
}

/// An idle M, waiting for a P to run on.
struct MPark<T, MD> {
    p: Mutex<Option<(Box<PLocal<T, MD>>, bool)>>,
    cv: Condvar,
}

struct Idle<T, MD> {
    ps: Vec<Box<PLocal<T, MD>>>,
    /// Ps beyond GOMAXPROCS.
    disabled: Vec<Box<PLocal<T, MD>>>,
    ms: Vec<Arc<MPark<T, MD>>>,
    /// Ms blocked in Rust that want a P back, oldest first.
    want_p: Vec<Arc<MPark<T, MD>>>,
}

/// What a timer does when it fires (on the timer thread).
pub type TimerAction<T, MD> = Box<dyn FnOnce(&Sched<T, MD>) + Send>;

/// Whether a pending timer could wake a goroutine now (a timer channel's timer only when
/// a goroutine waits on the channel).
pub type TimerWaited = Box<dyn Fn() -> bool + Send>;

/// A pending timer.
struct Timer<T, MD> {
    when: Instant,
    seq: u64,
    cancelled: Arc<AtomicBool>,
    action: TimerAction<T, MD>,
    /// None: the timer always counts against a deadlock (a sleep, an AfterFunc).
    waited: Option<TimerWaited>,
}

impl<T, MD> PartialEq for Timer<T, MD> {
    fn eq(&self, o: &Self) -> bool {
        self.when == o.when && self.seq == o.seq
    }
}
impl<T, MD> Eq for Timer<T, MD> {}
impl<T, MD> PartialOrd for Timer<T, MD> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl<T, MD> Ord for Timer<T, MD> {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        // A max-heap of reversed keys: the earliest timer first.
        (o.when, o.seq).cmp(&(self.when, self.seq))
    }
}

/// A stop-the-world in progress.
struct Stw<T, MD> {
    active: bool,
    /// Which stop-the-world this is: an M stopped for one is not stopped for the next.
    generation: u64,
    /// Ps whose Ms have stopped (or that were given up since it began).
    stopped: usize,
    /// Ps held by other Ms when it began.
    target: usize,
    /// Idle Ps, kept from every M until the world starts again.
    stash: Vec<Box<PLocal<T, MD>>>,
}

struct Timers<T, MD> {
    heap: std::collections::BinaryHeap<Timer<T, MD>>,
    seq: u64,
}

/// The scheduler of one program run.
pub struct Sched<T, MD> {
    gomaxprocs: AtomicUsize,
    ps: Vec<CachePadded<PShared<T>>>,
    injector: Injector<GRef<T>>,
    idle: Mutex<Idle<T, MD>>,
    /// Written when an M starts or stops spinning, read by every wakeup: on its own line.
    nspinning: CachePadded<AtomicUsize>,
    /// Goroutines that are runnable, running, or blocked in Rust (not parked): written at
    /// every park and wakeup, so on its own line.
    nactive: CachePadded<AtomicI64>,
    /// Pending timers (they may wake goroutines, so their existence is not a deadlock).
    ntimers: AtomicI64,
    /// Operations outside the scheduler that will wake a goroutine (a read in progress on
    /// a helper thread): like timers, they keep the program from being deadlocked.
    nexternal: AtomicI64,
    /// Every goroutine not yet finished, by creation order (Go's `allgs`).
    allgs: Mutex<AllGs<T>>,
    /// The creation number of the next goroutine (taken under the `allgs` lock).
    gseq: AtomicU64,
    /// Dead goroutines for reuse that Ps gave back (Go's `sched.gFree`).
    gfree: Mutex<Vec<GRef<T>>>,
    /// Blocked Ms waiting for a P (`Idle::want_p`'s length, read without the lock).
    nwant_p: AtomicUsize,
    /// Whether the deadlock has been reported (one M does it).
    dead_reported: AtomicBool,
    next_goid: AtomicU64,
    exiting: AtomicBool,
    exit: Mutex<Option<i32>>,
    exit_cv: Condvar,
    timers: Mutex<Timers<T, MD>>,
    timers_cv: Condvar,
    /// Threads the program ever started (worker Ms), for tests and diagnostics.
    pub nthreads: AtomicUsize,
    /// The highest GOMAXPROCS so far: Ps at or above it were never used.
    max_used: AtomicUsize,
    stw: Mutex<Stw<T, MD>>,
    stw_cv: Condvar,
    /// Whether a stop-the-world is in progress (read without the lock at safepoints).
    stw_flag: AtomicBool,
    /// This scheduler, for threads outside it that must outlive a borrow ([`Sched::arc`]).
    me: std::sync::OnceLock<std::sync::Weak<Sched<T, MD>>>,
}

/// Go's `_GoidCacheBatch`.
const GOID_BATCH: u64 = 16;

impl<T: Send, MD: Send> Sched<T, MD> {
    /// A scheduler with `gomaxprocs` Ps (at least 1), each with data from `md`.
    pub fn new(gomaxprocs: usize) -> (Arc<Self>, Vec<Box<PLocal<T, MD>>>) {
        let n = gomaxprocs.clamp(1, MAX_PROCS);
        let mut locals = Vec::new();
        let mut shared = Vec::new();
        for id in 0..MAX_PROCS {
            let q = Worker::new_fifo();
            shared.push(CachePadded::new(PShared {
                stealer: q.stealer(),
                preempt: Arc::new(CachePadded::new(AtomicBool::new(false))),
                state: CachePadded::new(PState {
                    schedtick: AtomicU64::new(0),
                    running: AtomicBool::new(false),
                    yield_req: AtomicBool::new(false),
                }),
            }));
            locals.push(Box::new(PLocal {
                id,
                resume: None,
                runnext: None,
                queue: q,
                schedtick: 0,
                _md: std::marker::PhantomData,
                goid_next: 0,
                goid_end: 0,
                gfree: Vec::new(),
                ndone: 0,
                dead: Vec::new(),
            }));
        }
        // Goroutine 1 is main; 2-5 are Go's system goroutines (forcegc, bgsweep,
        // bgscavenge, finalizers), so P 0's first batch starts user goroutines at 6.
        locals[0].goid_next = 6;
        locals[0].goid_end = GOID_BATCH + 1;
        let sched = Arc::new(Sched {
            gomaxprocs: AtomicUsize::new(n),
            ps: shared,
            injector: Injector::new(),
            idle: Mutex::new(Idle {
                ps: Vec::new(),
                disabled: Vec::new(),
                ms: Vec::new(),
                want_p: Vec::new(),
            }),
            nspinning: CachePadded::new(AtomicUsize::new(0)),
            nactive: CachePadded::new(AtomicI64::new(0)),
            ntimers: AtomicI64::new(0),
            nexternal: AtomicI64::new(0),
            allgs: Mutex::new(AllGs {
                gs: Vec::new(),
                dead: 0,
            }),
            gseq: AtomicU64::new(0),
            gfree: Mutex::new(Vec::new()),
            nwant_p: AtomicUsize::new(0),
            dead_reported: AtomicBool::new(false),
            next_goid: AtomicU64::new(GOID_BATCH + 1),
            exiting: AtomicBool::new(false),
            exit: Mutex::new(None),
            exit_cv: Condvar::new(),
            timers: Mutex::new(Timers {
                heap: std::collections::BinaryHeap::new(),
                seq: 0,
            }),
            timers_cv: Condvar::new(),
            nthreads: AtomicUsize::new(0),
            max_used: AtomicUsize::new(n),
            me: std::sync::OnceLock::new(),
            stw: Mutex::new(Stw {
                active: false,
                generation: 0,
                stopped: 0,
                target: 0,
                stash: Vec::new(),
            }),
            stw_cv: Condvar::new(),
            stw_flag: AtomicBool::new(false),
        });
        let _ = sched.me.set(Arc::downgrade(&sched));
        (sched, locals)
    }

    /// Whether a stop-the-world is in progress: an M holding a P must call
    /// [`Sched::park_for_stw`] at its next safepoint.
    pub fn stw_pending(&self) -> bool {
        self.stw_flag.load(Ordering::Acquire)
    }

    /// Stops every other M that holds a P at its next safepoint (Go's `stopTheWorld`);
    /// the caller must hold a P and no goroutine. Returns false, after the world has
    /// started again, if another M was already stopping it (this one took part instead).
    pub fn stop_the_world(&self) -> bool {
        let mut idle = self.idle.lock();
        let mut st = self.stw.lock();
        if st.active {
            drop(idle);
            let my_gen = st.generation;
            st.stopped += 1;
            self.stw_cv.notify_all();
            while st.active && st.generation == my_gen && !self.exiting() {
                self.stw_cv.wait_for(&mut st, Duration::from_millis(50));
            }
            return false;
        }
        st.active = true;
        st.generation += 1;
        self.stw_flag.store(true, Ordering::SeqCst);
        let idle_ps: Vec<_> = idle.ps.drain(..).collect();
        st.stash.extend(idle_ps);
        st.target = MAX_PROCS - idle.disabled.len() - st.stash.len() - 1;
        st.stopped = 0;
        drop(idle);
        for p in &self.ps {
            p.preempt.store(true, Ordering::Release);
        }
        while st.stopped < st.target && !self.exiting() {
            self.stw_cv.wait_for(&mut st, Duration::from_millis(10));
        }
        true
    }

    /// Lets the world run again after [`Sched::stop_the_world`].
    pub fn start_the_world(&self) {
        {
            let mut idle = self.idle.lock();
            let mut st = self.stw.lock();
            st.active = false;
            self.stw_flag.store(false, Ordering::SeqCst);
            let stash: Vec<_> = st.stash.drain(..).collect();
            idle.ps.extend(stash);
            self.stw_cv.notify_all();
        }
        for p in &self.ps {
            p.preempt.store(false, Ordering::Release);
        }
        if self.has_queued_work() {
            self.wakep();
        }
    }

    /// An M that holds a P stops here while the world is stopped.
    pub fn park_for_stw(&self) {
        let mut st = self.stw.lock();
        if !st.active {
            return;
        }
        let my_gen = st.generation;
        st.stopped += 1;
        self.stw_cv.notify_all();
        while st.active && st.generation == my_gen && !self.exiting() {
            self.stw_cv.wait_for(&mut st, Duration::from_millis(50));
        }
    }

    /// A P goes idle: during a stop-the-world it counts as stopped and waits in the stash.
    fn put_idle(&self, idle: &mut Idle<T, MD>, p: Box<PLocal<T, MD>>) {
        let mut st = self.stw.lock();
        if st.active {
            st.stash.push(p);
            st.stopped += 1;
            self.stw_cv.notify_all();
        } else {
            idle.ps.push(p);
        }
    }

    /// A P goes beyond GOMAXPROCS: during a stop-the-world it counts as stopped.
    fn put_disabled(&self, idle: &mut Idle<T, MD>, p: Box<PLocal<T, MD>>) {
        idle.disabled.push(p);
        let mut st = self.stw.lock();
        if st.active {
            st.stopped += 1;
            self.stw_cv.notify_all();
        }
    }

    /// A counted reference to this scheduler (for a helper thread that may outlive the
    /// program's run).
    pub fn arc(&self) -> Option<Arc<Sched<T, MD>>> {
        self.me.get().and_then(|w| w.upgrade())
    }

    pub fn gomaxprocs(&self) -> usize {
        self.gomaxprocs.load(Ordering::Relaxed)
    }

    /// A new goroutine, registered and counted as active but not yet queued.
    fn new_g(&self, id: u64, data: T) -> GRef<T> {
        let g = Arc::new(G::new(id, data));
        self.nactive.fetch_add(1, Ordering::SeqCst);
        self.register(&g);
        g
    }

    /// Puts `g` (already counted as active) in `allgs` with the next creation number.
    fn register(&self, g: &GRef<T>) {
        let mut all = self.allgs.lock();
        // The number is taken under the lock, so `allgs` stays in creation order and a
        // goroutine numbered below `next_seq()` is in it once the lock is free.
        let seq = self.gseq.fetch_add(1, Ordering::SeqCst);
        g.seq.store(seq, Ordering::Relaxed);
        all.gs.push((seq, Some(g.clone())));
    }

    /// Takes the goroutines that finished on `p` out of `nactive` (before `p` leaves its
    /// M, or its M looks for a deadlock).
    fn settle_done(&self, p: &mut PLocal<T, MD>) {
        self.reap(p);
        if p.ndone != 0 {
            self.nactive.fetch_sub(p.ndone, Ordering::SeqCst);
            p.ndone = 0;
        }
    }

    /// Takes the goroutines that finished on `p` out of `allgs`, and keeps them for reuse.
    fn reap(&self, p: &mut PLocal<T, MD>) {
        if p.dead.is_empty() {
            return;
        }
        {
            let mut all = self.allgs.lock();
            for g in &p.dead {
                all.remove(g);
            }
            // Compact once most entries are holes (amortised constant time per goroutine).
            if all.dead > 32 && all.dead * 2 > all.gs.len() {
                all.gs.retain(|e| e.1.is_some());
                all.dead = 0;
            }
        }
        let mut dead = std::mem::take(&mut p.dead);
        for g in dead.drain(..) {
            gfput(self, p, g);
        }
        p.dead = dead;
    }

    /// Starts a goroutine from outside any M (a timer's `AfterFunc`): it goes to the
    /// global queue.
    pub fn spawn_global(&self, make: impl FnOnce(u64) -> T) -> GRef<T> {
        let id = self.next_goid.fetch_add(1, Ordering::Relaxed);
        let g = self.new_g(id, make(id));
        self.injector.push(g.clone());
        self.wakep();
        g
    }

    /// Every goroutine not yet finished, in creation order.
    pub fn all_goroutines(&self) -> Vec<GRef<T>> {
        self.goroutines_from(0)
    }

    /// The goroutines created at or after creation number `seq` (see [`Sched::next_seq`])
    /// and not yet finished.
    pub fn goroutines_from(&self, seq: u64) -> Vec<GRef<T>> {
        let all = self.allgs.lock();
        let start = all.gs.partition_point(|e| e.0 < seq);
        all.gs[start..]
            .iter()
            .filter_map(|e| e.1.as_ref())
            .filter(|g| g.status() != Status::Dead)
            .cloned()
            .collect()
    }

    /// The creation number the next goroutine will get.
    pub fn next_seq(&self) -> u64 {
        self.gseq.load(Ordering::SeqCst)
    }

    /// Go's `runtime.NumGoroutine`: runtime goroutines do not count.
    pub fn num_goroutine(&self) -> usize {
        self.allgs
            .lock()
            .live()
            .filter(|g| !g.system.load(Ordering::Relaxed))
            .count()
    }

    pub fn exiting(&self) -> bool {
        self.exiting.load(Ordering::Acquire)
    }

    /// Ends the program with `code` (the first call wins): every M stops at its next
    /// safepoint or when it next looks for work.
    pub fn exit(&self, code: i32) {
        {
            let mut e = self.exit.lock();
            if e.is_none() {
                *e = Some(code);
            }
        }
        self.exiting.store(true, Ordering::Release);
        for p in &self.ps {
            p.preempt.store(true, Ordering::Release);
        }
        let idle = self.idle.lock();
        for m in idle.ms.iter().chain(idle.want_p.iter()) {
            let _g = m.p.lock();
            m.cv.notify_all();
        }
        drop(idle);
        for g in self.allgs.lock().live() {
            let _n = g.nested.lock();
            g.nested_cv.notify_all();
        }
        let _t = self.timers.lock();
        self.timers_cv.notify_all();
        self.exit_cv.notify_all();
    }

    /// Makes a parked goroutine runnable: into `m`'s P's `runnext` when called from a
    /// running goroutine, else into the global queue.
    pub fn ready(&self, m: Option<&mut MCtx<'_, '_, T, MD>>, g: GRef<T>) {
        self.nactive.fetch_add(1, Ordering::SeqCst);
        *g.waiting_since.lock() = None;
        {
            let mut n = g.nested.lock();
            if *n == Nested::Waiting {
                // Its M waits in Rust: wake that thread.
                *n = Nested::Woken;
                g.status.store(Status::Syscall as u8, Ordering::Release);
                g.nested_cv.notify_one();
                return;
            }
        }
        g.status.store(Status::Runnable as u8, Ordering::Release);
        match m {
            Some(m) => m.runq_put_next(g),
            None => self.injector.push(g),
        }
        self.wakep();
    }

    /// Asks every running goroutine to stop at its next safepoint (the collector wants
    /// their stacks scanned, or its mark phase ended).
    pub fn preempt_running(&self) {
        for p in self.ps.iter() {
            if p.running.load(Ordering::Acquire) {
                p.preempt.store(true, Ordering::Release);
            }
        }
    }

    /// Wakes an idle M if there is an idle P (Go's `wakep`).
    pub fn wake_idle(&self) {
        self.wakep();
    }

    /// Starts an M on an idle P if there is one and no M is already looking for work (Go's
    /// `wakep`).
    fn wakep(&self) {
        if self.nspinning.load(Ordering::SeqCst) != 0 || self.exiting() {
            return;
        }
        let mut idle = self.idle.lock();
        if idle.ps.is_empty() || self.nspinning.load(Ordering::SeqCst) != 0 {
            return;
        }
        let p = idle.ps.pop().expect("an idle P");
        self.nspinning.fetch_add(1, Ordering::SeqCst);
        match idle.ms.pop() {
            Some(m) => {
                *m.p.lock() = Some((p, true));
                m.cv.notify_one();
            }
            None => {
                // No idle M: the P waits for an M that will pick it up (threads are only
                // started by the run loop, which owns the thread scope).
                self.nspinning.fetch_sub(1, Ordering::SeqCst);
                self.put_idle(&mut idle, p);
            }
        }
    }

    /// Whether any run queue holds work (the global one or a P's local one).
    fn has_queued_work(&self) -> bool {
        let used = self.max_used.load(Ordering::Relaxed);
        !self.injector.is_empty() || self.ps[..used].iter().any(|p| !p.stealer.is_empty())
    }

    /// Registers a timer; `action` runs on the timer thread when it fires, unless
    /// `cancelled` is set by then. Returns the cancellation flag.
    pub fn add_timer(&self, when: Instant, action: TimerAction<T, MD>) -> Arc<AtomicBool> {
        self.add_timer_waited(when, action, None)
    }

    /// [`Sched::add_timer`] for a timer that keeps the program from being deadlocked only
    /// while `waited` says a goroutine waits for it. Go 1.23 puts a timer channel's timer
    /// in a P's heap (where `checkdead` sees it) only while a goroutine is blocked on the
    /// channel: a forgotten `time.NewTimer` does not hide a deadlock.
    pub fn add_timer_waited(
        &self,
        when: Instant,
        action: TimerAction<T, MD>,
        waited: Option<TimerWaited>,
    ) -> Arc<AtomicBool> {
        self.ntimers.fetch_add(1, Ordering::SeqCst);
        self.add_reserved_timer(when, action, waited)
    }

    /// Counts a timer about to be added with [`Sched::add_reserved_timer`]. A goroutine
    /// that parks until a timer wakes it (`time.Sleep`) reserves the timer before it
    /// parks: parking first would leave a moment with no active goroutine and no timer,
    /// which another M would report as a deadlock.
    pub fn reserve_timer(&self) {
        self.ntimers.fetch_add(1, Ordering::SeqCst);
    }

    /// Registers a timer counted already by [`Sched::reserve_timer`].
    pub fn add_reserved_timer(
        &self,
        when: Instant,
        action: TimerAction<T, MD>,
        waited: Option<TimerWaited>,
    ) -> Arc<AtomicBool> {
        let cancelled = Arc::new(AtomicBool::new(false));
        let mut t = self.timers.lock();
        t.seq += 1;
        let seq = t.seq;
        t.heap.push(Timer {
            when,
            seq,
            cancelled: cancelled.clone(),
            action,
            waited,
        });
        self.timers_cv.notify_one();
        cancelled
    }

    /// Cancels a timer that has not fired: true if it was still pending.
    pub fn cancel_timer(&self, flag: &AtomicBool) -> bool {
        let t = self.timers.lock();
        if flag.swap(true, Ordering::SeqCst) {
            return false;
        }
        self.ntimers.fetch_sub(1, Ordering::SeqCst);
        drop(t);
        self.check_dead_after_timer();
        true
    }

    /// A timer went away: if it was what kept the program from being deadlocked, it is now.
    fn check_dead_after_timer(&self) {
        // Reported by the M that next finds nothing to do; wake one so it notices.
        if self.is_dead() {
            let idle = self.idle.lock();
            if let Some(m) = idle.ms.last() {
                let _g = m.p.lock();
                m.cv.notify_one();
            }
        }
    }

    /// Reports the deadlock (once) and ends the program.
    fn report_deadlock(&self, runner: &(dyn Runner<T, MD> + '_)) {
        if !self.dead_reported.swap(true, Ordering::SeqCst) {
            let code = runner.deadlock(self);
            self.exit(code);
        }
    }

    /// Whether nothing can ever run again (Go's `checkdead`): no goroutine is active and
    /// no pending timer can wake one.
    fn is_dead(&self) -> bool {
        if self.exiting()
            || self.nactive.load(Ordering::SeqCst) != 0
            || self.nexternal.load(Ordering::SeqCst) != 0
        {
            return false;
        }
        if self.ntimers.load(Ordering::SeqCst) == 0 {
            return true;
        }
        // Every goroutine is parked, so a goroutine waiting on a timer's channel is in the
        // channel's queue by now (it parks with the channel locked, after queueing).
        // Pending timers nobody waits for do not count; one that is firing (claimed, not
        // in the heap) still does, as `ntimers` counts it until its action is done.
        let t = self.timers.lock();
        let unwaited = t
            .heap
            .iter()
            .filter(|x| !x.cancelled.load(Ordering::SeqCst))
            .filter(|x| x.waited.as_ref().is_some_and(|w| !w()))
            .count() as i64;
        self.ntimers.load(Ordering::SeqCst) == unwaited
            && self.nactive.load(Ordering::SeqCst) == 0
            && self.nexternal.load(Ordering::SeqCst) == 0
            && !self.exiting()
    }

    /// An operation outside the scheduler will wake a goroutine: call before parking it.
    pub fn begin_external(&self) {
        self.nexternal.fetch_add(1, Ordering::SeqCst);
    }

    /// That operation is over (after it readied its goroutine).
    pub fn end_external(&self) {
        self.nexternal.fetch_sub(1, Ordering::SeqCst);
        self.check_dead_after_timer();
    }

    fn timer_loop(&self) {
        let mut t = self.timers.lock();
        loop {
            if self.exiting() {
                return;
            }
            let now = Instant::now();
            match t.heap.peek() {
                Some(top) if top.cancelled.load(Ordering::SeqCst) => {
                    t.heap.pop();
                }
                Some(top) if top.when <= now => {
                    let timer = t.heap.pop().expect("a timer");
                    // Claim it: a concurrent cancel now reports it as already fired.
                    if timer.cancelled.swap(true, Ordering::SeqCst) {
                        continue;
                    }
                    drop(t);
                    (timer.action)(self);
                    // The action readied or started what it needed (counted active)
                    // before the timer stops counting.
                    self.ntimers.fetch_sub(1, Ordering::SeqCst);
                    self.check_dead_after_timer();
                    t = self.timers.lock();
                }
                Some(top) => {
                    let wait = top.when - now;
                    self.timers_cv.wait_for(&mut t, wait);
                }
                None => {
                    self.timers_cv.wait(&mut t);
                }
            }
        }
    }

    /// Go's `sysmon`: preempts goroutines that have run for [`FORCE_PREEMPT`].
    fn sysmon(&self, runner: &(dyn Runner<T, MD> + '_)) {
        let mut seen: Vec<(u64, Instant)> = vec![(u64::MAX, Instant::now()); self.ps.len()];
        let mut delay = Duration::from_micros(20);
        let mut exit = self.exit.lock();
        loop {
            if exit.is_some() {
                return;
            }
            self.exit_cv.wait_for(&mut exit, delay);
            if exit.is_some() {
                return;
            }
            delay = (delay * 2).min(SYSMON_MAX_DELAY);
            if runner.gc_due() {
                // Go starts a cycle in the allocation that crosses the trigger; goscope's
                // allocations outside safepoints leave it to here.
                self.preempt_running();
                delay = Duration::from_micros(20);
            }
            let now = Instant::now();
            for (i, p) in self.ps.iter().enumerate() {
                if !p.running.load(Ordering::Acquire) {
                    // Stopped (for a collection, or idle): the slice's clock keeps its start, so
                    // a goroutine that resumes with its time inherited is still preempted on time.
                    continue;
                }
                let tick = p.schedtick.load(Ordering::Acquire);
                if seen[i].0 != tick {
                    seen[i] = (tick, now);
                } else if now.duration_since(seen[i].1) >= FORCE_PREEMPT {
                    p.yield_req.store(true, Ordering::Release);
                    p.preempt.store(true, Ordering::Release);
                    delay = Duration::from_micros(20);
                }
            }
        }
    }
}

/// What a running goroutine's code sees of its M and P.
pub struct MCtx<'s, 'env, T, MD> {
    pub sched: &'s Sched<T, MD>,
    /// The P this M runs on (None only while the M is blocked in Rust).
    p: Option<Box<PLocal<T, MD>>>,
    scope: &'s std::thread::Scope<'s, 'env>,
    runner: &'s (dyn Runner<T, MD> + 's),
    park: Arc<MPark<T, MD>>,
}

impl<'s, 'env, T: Send + 's, MD: Send + 's> MCtx<'s, 'env, T, MD> {
    /// The flag the running goroutine polls at safepoints.
    pub fn preempt_flag(&self) -> Flag {
        self.preempt_flag_ref().clone()
    }

    /// [`MCtx::preempt_flag`], borrowed.
    pub fn preempt_flag_ref(&self) -> &Flag {
        let id = self.p.as_ref().expect("an M with a P").id;
        &self.sched.ps[id].preempt
    }

    /// The running goroutine asks to leave its P at its next stop (`runtime.Gosched`).
    pub fn request_yield(&self) {
        if let Some(p) = self.p.as_ref() {
            self.sched.ps[p.id].yield_req.store(true, Ordering::Release);
        }
    }

    /// Whether the goroutine stopped at a safepoint must leave its P (sysmon's time slice,
    /// a GOMAXPROCS change, the program exiting, a stop-the-world) rather than only let
    /// the collector scan it.
    pub fn must_yield(&self) -> bool {
        if self.sched.exiting() || self.sched.stw_pending() {
            return true;
        }
        match self.p.as_ref() {
            Some(p) => self.sched.ps[p.id].yield_req.load(Ordering::Acquire),
            None => true,
        }
    }

    fn runq_put_next(&mut self, g: GRef<T>) {
        let p = self.p.as_mut().expect("an M with a P");
        if let Some(old) = p.runnext.replace(g) {
            p.queue.push(old);
        }
    }

    /// Starts a goroutine (Go's `newproc`): it goes to `runnext`. A dead goroutine of this
    /// P is reused when there is one, its data rebuilt in place (Go's `gfget`).
    pub fn spawn(&mut self, data: impl NewData<T>) -> GRef<T> {
        let id = self.new_goid();
        let sched = self.sched;
        let p = self.p.as_mut().expect("an M with a P");
        let g = match gfget(sched, p) {
            Some(mut g) => {
                let fresh = Arc::get_mut(&mut g).expect("a free goroutine has no other owner");
                fresh.reset(id);
                data.reset(id, fresh.data.get_mut());
                g
            }
            None => Arc::new(G::new(id, data.make(id))),
        };
        if p.ndone > 0 {
            // It takes the place in `nactive` of one that finished on this P.
            p.ndone -= 1;
        } else {
            sched.nactive.fetch_add(1, Ordering::SeqCst);
        }
        sched.register(&g);
        self.runq_put_next(g.clone());
        self.sched.wakep();
        g
    }

    fn new_goid(&mut self) -> u64 {
        let p = self.p.as_mut().expect("an M with a P");
        if p.goid_next == p.goid_end {
            let start = self
                .sched
                .next_goid
                .fetch_add(GOID_BATCH, Ordering::Relaxed);
            p.goid_next = start;
            p.goid_end = start + GOID_BATCH;
        }
        let id = p.goid_next;
        p.goid_next += 1;
        id
    }

    /// Makes `g` runnable, next on this P.
    pub fn ready(&mut self, g: GRef<T>) {
        let sched = self.sched;
        sched.ready(Some(self), g);
    }

    /// Marks the running goroutine `g` as waiting for `reason`. Call it *before* making
    /// `g` findable by a waker, then stop with [`Stop::Park`] (or, inside a nested run,
    /// call [`MCtx::wait_nested`]).
    pub fn park(&mut self, g: &GRef<T>, reason: WaitReason, nested: bool) {
        g.reason.store(reason as u8, Ordering::Relaxed);
        *g.waiting_since.lock() = Some(Instant::now());
        if nested {
            *g.nested.lock() = Nested::Waiting;
        }
        g.status.store(Status::Waiting as u8, Ordering::Release);
        self.sched.nactive.fetch_sub(1, Ordering::SeqCst);
    }

    /// Waits, with this thread, until parked goroutine `g` (parked with `nested`) is
    /// woken; the P goes to another M meanwhile. Returns false if the program ended (or
    /// every goroutine is asleep, which the caller reports) instead.
    pub fn wait_nested(&mut self, g: &GRef<T>) -> bool {
        self.block(|| {
            let mut n = g.nested.lock();
            loop {
                if *n == Nested::Woken {
                    *n = Nested::No;
                    return true;
                }
                if g.status() != Status::Waiting || self.sched.exiting() {
                    *n = Nested::No;
                    return false;
                }
                if self.sched.is_dead() {
                    *n = Nested::No;
                    drop(n);
                    self.sched.report_deadlock(self.runner);
                    return false;
                }
                g.nested_cv.wait_for(&mut n, Duration::from_millis(50));
            }
        })
        .unwrap_or(false)
    }

    /// Runs `f`, which blocks this thread, after handing the P to another M (Go's
    /// `entersyscall` + `handoffp`); takes a P back afterwards. None if the program ended
    /// meanwhile.
    pub fn block<R>(&mut self, f: impl FnOnce() -> R) -> Option<R> {
        let mut p = self.p.take().expect("an M with a P");
        self.sched.settle_done(&mut p);
        self.sched.ps[p.id].running.store(false, Ordering::Release);
        self.handoff(p);
        let r = f();
        if !self.acquire_p() {
            return None;
        }
        let id = self.p.as_ref().expect("an M with a P").id;
        let ps = &self.sched.ps[id];
        ps.tick();
        ps.running.store(true, Ordering::Release);
        Some(r)
    }

    /// `runtime.GOMAXPROCS(n)`: Ps below `n` run, those above stop when their M next
    /// looks for work (their goroutines move to the global queue).
    pub fn set_gomaxprocs(&mut self, n: usize) {
        let n = n.clamp(1, MAX_PROCS);
        let sched = self.sched;
        let mut enable = Vec::new();
        {
            let mut idle = sched.idle.lock();
            sched.gomaxprocs.store(n, Ordering::SeqCst);
            sched.max_used.fetch_max(n, Ordering::SeqCst);
            let mut i = 0;
            while i < idle.disabled.len() {
                if idle.disabled[i].id < n {
                    enable.push(idle.disabled.swap_remove(i));
                } else {
                    i += 1;
                }
            }
            let mut i = 0;
            while i < idle.ps.len() {
                if idle.ps[i].id >= n {
                    let mut p = idle.ps.swap_remove(i);
                    drain(sched, &mut p);
                    sched.put_disabled(&mut idle, p);
                } else {
                    i += 1;
                }
            }
        }
        // Running Ps above n stop at their next safepoint.
        for p in &sched.ps[n..] {
            if p.running.load(Ordering::Acquire) {
                p.yield_req.store(true, Ordering::Release);
                p.preempt.store(true, Ordering::Release);
            }
        }
        for p in enable {
            self.handoff(p);
        }
    }

    /// Gives `p` to an idle M, or starts one for it.
    fn handoff(&self, p: Box<PLocal<T, MD>>) {
        let mut idle = self.sched.idle.lock();
        if let Some(m) = idle.want_p.first().cloned() {
            idle.want_p.remove(0);
            self.sched.nwant_p.fetch_sub(1, Ordering::SeqCst);
            *m.p.lock() = Some((p, false));
            m.cv.notify_one();
            return;
        }
        match idle.ms.pop() {
            Some(m) => {
                *m.p.lock() = Some((p, false));
                m.cv.notify_one();
            }
            None => {
                drop(idle);
                let sched = self.sched;
                let scope = self.scope;
                let runner = self.runner;
                sched.nthreads.fetch_add(1, Ordering::Relaxed);
                scope.spawn(move || m_loop(sched, scope, runner, p));
            }
        }
    }

    /// Gets a P back after blocking: an idle one, or the next one an M gives up.
    fn acquire_p(&mut self) -> bool {
        {
            let mut idle = self.sched.idle.lock();
            if let Some(p) = idle.ps.pop() {
                self.p = Some(p);
                return true;
            }
            idle.want_p.push(self.park.clone());
            self.sched.nwant_p.fetch_add(1, Ordering::SeqCst);
        }
        let mut slot = self.park.p.lock();
        loop {
            if let Some((p, _)) = slot.take() {
                self.p = Some(p);
                return true;
            }
            if self.sched.exiting() {
                drop(slot);
                let mut idle = self.sched.idle.lock();
                let before = idle.want_p.len();
                idle.want_p.retain(|m| !Arc::ptr_eq(m, &self.park));
                if idle.want_p.len() < before {
                    self.sched.nwant_p.fetch_sub(1, Ordering::SeqCst);
                }
                return false;
            }
            self.park.cv.wait_for(&mut slot, Duration::from_millis(50));
        }
    }
}

/// Runs a program: `main` (goroutine 1's data) on the first P, until a goroutine stops
/// with [`Stop::Exit`] or every goroutine is asleep. Returns the exit status.
pub fn run<T: Send, MD: Send>(
    sched: Arc<Sched<T, MD>>,
    mut ps: Vec<Box<PLocal<T, MD>>>,
    runner: &(dyn Runner<T, MD> + Sync),
    main: T,
) -> i32 {
    let sched: &Sched<T, MD> = &sched;
    let g = sched.new_g(1, main);
    ps[0].runnext = Some(g);
    std::thread::scope(|scope| {
        let first = ps.remove(0);
        let n = sched.gomaxprocs();
        {
            let mut idle = sched.idle.lock();
            for p in ps {
                if p.id < n {
                    idle.ps.push(p);
                } else {
                    idle.disabled.push(p);
                }
            }
        }
        scope.spawn(|| sched.timer_loop());
        scope.spawn(|| sched.sysmon(runner));
        scope.spawn(|| runner.gc_worker(sched));
        // One M per P from the start: the idle ones sleep until there is work.
        for _ in 1..n {
            let park = Arc::new(MPark {
                p: Mutex::new(None),
                cv: Condvar::new(),
            });
            sched.idle.lock().ms.push(park.clone());
            sched.nthreads.fetch_add(1, Ordering::Relaxed);
            scope.spawn(move || {
                if let Some((p, sp)) = wait_for_p(sched, &park) {
                    m_loop_with(sched, scope, runner, p, park, sp)
                }
            });
        }
        sched.nthreads.fetch_add(1, Ordering::Relaxed);
        scope.spawn(move || m_loop(sched, scope, runner, first));
        let mut e = sched.exit.lock();
        while e.is_none() {
            sched.exit_cv.wait(&mut e);
        }
        let code = e.expect("an exit status");
        drop(e);
        sched.exit(code);
        runner.wake_workers();
        code
    })
}

/// A P handed to an M, and whether the M was counted as spinning (by `wakep`).
type Handed<T, MD> = (Box<PLocal<T, MD>>, bool);

/// An idle M waits for a P to be handed to it; None when the program ends.
fn wait_for_p<T: Send, MD: Send>(
    sched: &Sched<T, MD>,
    park: &MPark<T, MD>,
) -> Option<Handed<T, MD>> {
    let mut slot = park.p.lock();
    loop {
        if let Some(p) = slot.take() {
            return Some(p);
        }
        if sched.exiting() {
            return None;
        }
        park.cv.wait(&mut slot);
    }
}

fn m_loop<'s, 'env, T: Send + 's, MD: Send + 's>(
    sched: &'s Sched<T, MD>,
    scope: &'s std::thread::Scope<'s, 'env>,
    runner: &'s (dyn Runner<T, MD> + 's),
    p: Box<PLocal<T, MD>>,
) {
    let park = Arc::new(MPark {
        p: Mutex::new(None),
        cv: Condvar::new(),
    });
    m_loop_with(sched, scope, runner, p, park, false)
}

/// An M's life (Go's `schedule` loop): find a goroutine, run it, repeat.
fn m_loop_with<'s, 'env, T: Send + 's, MD: Send + 's>(
    sched: &'s Sched<T, MD>,
    scope: &'s std::thread::Scope<'s, 'env>,
    runner: &'s (dyn Runner<T, MD> + 's),
    p: Box<PLocal<T, MD>>,
    park: Arc<MPark<T, MD>>,
    mut spinning: bool,
) {
    let mut md = runner.new_m();
    let mut m = MCtx {
        sched,
        p: Some(p),
        scope,
        runner,
        park,
    };
    loop {
        if sched.exiting() {
            if spinning {
                sched.nspinning.fetch_sub(1, Ordering::SeqCst);
            }
            return;
        }
        if sched.stw_pending() {
            runner.before_stop(&mut md);
            sched.park_for_stw();
            continue;
        }
        if runner.gc_wanted() {
            runner.collect(&mut m, &mut md);
            continue;
        }
        // A P beyond GOMAXPROCS stops; its M waits for another.
        if m.p.as_ref().is_some_and(|p| p.id >= sched.gomaxprocs()) {
            let mut p = m.p.take().expect("an M with a P");
            sched.settle_done(&mut p);
            drain(sched, &mut p);
            {
                let mut idle = sched.idle.lock();
                sched.put_disabled(&mut idle, p);
            }
            sched.wakep();
            if spinning {
                sched.nspinning.fetch_sub(1, Ordering::SeqCst);
            }
            runner.before_stop(&mut md);
            match stop_m(sched, &m.park) {
                Some((p, sp)) => {
                    m.p = Some(p);
                    spinning = sp;
                    continue;
                }
                None => return,
            }
        }
        // A blocked M waiting for a P gets this one (Go: exitsyscall takes an idle P).
        if sched.nwant_p.load(Ordering::SeqCst) != 0 {
            let mut p = m.p.take().expect("an M with a P");
            sched.settle_done(&mut p);
            let mut idle = sched.idle.lock();
            if let Some(w) = idle.want_p.first().cloned() {
                idle.want_p.remove(0);
                sched.nwant_p.fetch_sub(1, Ordering::SeqCst);
                *w.p.lock() = Some((p, false));
                w.cv.notify_one();
                drop(idle);
                if spinning {
                    sched.nspinning.fetch_sub(1, Ordering::SeqCst);
                    // (no longer spinning: it gave its P away)
                }
                runner.before_stop(&mut md);
                match stop_m(sched, &m.park) {
                    Some((p, sp)) => {
                        m.p = Some(p);
                        spinning = sp;
                        continue;
                    }
                    None => return,
                }
            }
            m.p = Some(p);
        }
        let g = match find_runnable(&mut m) {
            Some(g) => g,
            None => {
                // Nothing to run for a while: look once more, then give up the P.
                let deadline = Instant::now() + SPIN;
                if !spinning {
                    spinning = true;
                    sched.nspinning.fetch_add(1, Ordering::SeqCst);
                }
                let mut found = None;
                let backoff = crossbeam_utils::Backoff::new();
                while Instant::now() < deadline && !sched.exiting() && !sched.stw_pending() {
                    if let Some(g) = find_runnable(&mut m) {
                        found = Some(g);
                        break;
                    }
                    if backoff.is_completed() {
                        std::thread::yield_now();
                    } else {
                        backoff.snooze();
                    }
                }
                match found {
                    Some(g) => g,
                    None if sched.stw_pending() => continue,
                    None => {
                        sched.nspinning.fetch_sub(1, Ordering::SeqCst);
                        spinning = false;
                        sched.settle_done(m.p.as_mut().expect("an M with a P"));
                        if sched.is_dead() {
                            sched.report_deadlock(runner);
                            return;
                        }
                        // Give up the P unless work arrived meanwhile.
                        let p = m.p.take().expect("an M with a P");
                        let mut idle = sched.idle.lock();
                        if sched.has_queued_work()
                            || p.runnext.is_some()
                            || p.resume.is_some()
                            || !p.queue.is_empty()
                        {
                            drop(idle);
                            m.p = Some(p);
                            continue;
                        }
                        if let Some(w) = idle.want_p.first().cloned() {
                            // A blocked M wants a P back: this one.
                            idle.want_p.remove(0);
                            sched.nwant_p.fetch_sub(1, Ordering::SeqCst);
                            *w.p.lock() = Some((p, false));
                            w.cv.notify_one();
                        } else {
                            sched.put_idle(&mut idle, p);
                        }
                        idle.ms.push(m.park.clone());
                        drop(idle);
                        runner.before_stop(&mut md);
                        match wait_idle(sched, &m.park, runner) {
                            Some((p, sp)) => {
                                m.p = Some(p);
                                spinning = sp;
                                continue;
                            }
                            None => return,
                        }
                    }
                }
            }
        };
        if spinning {
            spinning = false;
            sched.nspinning.fetch_sub(1, Ordering::SeqCst);
            // This M found work: another may find more (Go's resetspinning).
            sched.wakep();
        }
        let (g, inherit) = g;
        execute(&mut m, &mut md, g, inherit);
    }
}

/// An M with no P: waits to be given one (None when the program ends).
fn stop_m<T: Send, MD: Send>(
    sched: &Sched<T, MD>,
    park: &Arc<MPark<T, MD>>,
) -> Option<Handed<T, MD>> {
    sched.idle.lock().ms.push(park.clone());
    let p = wait_for_p(sched, park);
    if p.is_none() {
        sched.idle.lock().ms.retain(|m| !Arc::ptr_eq(m, park));
    }
    p
}

/// An idle M (its P is back in the idle list) sleeps until it is handed a P; it wakes up
/// now and then to report a deadlock that a cancelled timer left behind.
fn wait_idle<T: Send, MD: Send>(
    sched: &Sched<T, MD>,
    park: &Arc<MPark<T, MD>>,
    runner: &(dyn Runner<T, MD> + '_),
) -> Option<Handed<T, MD>> {
    let mut slot = park.p.lock();
    loop {
        if let Some(h) = slot.take() {
            return Some(h);
        }
        if sched.exiting() {
            return None;
        }
        if sched.is_dead() {
            drop(slot);
            // Only one M reports: the one that takes an idle P to do so.
            let mut idle = sched.idle.lock();
            idle.ms.retain(|m| !Arc::ptr_eq(m, park));
            let p = idle.ps.pop();
            drop(idle);
            if p.is_some() && sched.is_dead() {
                sched.report_deadlock(runner);
                return None;
            }
            if let Some(p) = p {
                return Some((p, false));
            }
            sched.idle.lock().ms.push(park.clone());
            slot = park.p.lock();
            continue;
        }
        park.cv.wait_for(&mut slot, Duration::from_millis(100));
    }
}

/// Moves a stopping P's goroutines to the global queue.
fn drain<T, MD>(sched: &Sched<T, MD>, p: &mut PLocal<T, MD>) {
    if let Some(g) = p.resume.take() {
        sched.injector.push(g);
    }
    if let Some(g) = p.runnext.take() {
        sched.injector.push(g);
    }
    while let Some(g) = p.queue.pop() {
        sched.injector.push(g);
    }
}

/// Finds a goroutine to run (Go's `findRunnable`, without blocking).
/// The flag says the goroutine inherits its time slice: it was stopped for a collection and
/// resumes where it was, so sysmon still preempts it on time (Go's `inheritTime`).
fn find_runnable<T: Send, MD: Send>(m: &mut MCtx<'_, '_, T, MD>) -> Option<(GRef<T>, bool)> {
    let p = m.p.as_mut().expect("an M with a P");
    if let Some(g) = p.resume.take() {
        return Some((g, true));
    }
    find_fresh(m).map(|g| (g, false))
}

fn find_fresh<T: Send, MD: Send>(m: &mut MCtx<'_, '_, T, MD>) -> Option<GRef<T>> {
    let sched = m.sched;
    let p = m.p.as_mut().expect("an M with a P");
    p.schedtick += 1;
    // Fairness: now and then the global queue first.
    if p.schedtick % 61 == 0 {
        if let Some(g) = steal_global(sched, p) {
            return Some(g);
        }
    }
    if let Some(g) = p.runnext.take() {
        return Some(g);
    }
    if let Some(g) = p.queue.pop() {
        return Some(g);
    }
    if let Some(g) = steal_global(sched, p) {
        return Some(g);
    }
    let n = sched.max_used.load(Ordering::Relaxed);
    let start = p.id + 1;
    for k in 0..n {
        let i = (start + k) % n;
        if i == p.id {
            continue;
        }
        loop {
            match sched.ps[i].stealer.steal_batch_and_pop(&p.queue) {
                Steal::Success(g) => return Some(g),
                Steal::Retry => continue,
                Steal::Empty => break,
            }
        }
    }
    None
}

fn steal_global<T, MD>(sched: &Sched<T, MD>, p: &mut PLocal<T, MD>) -> Option<GRef<T>> {
    loop {
        match sched.injector.steal_batch_and_pop(&p.queue) {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}

/// Runs `g` on this M until it stops, then puts it where it belongs.
fn execute<T: Send, MD: Send>(m: &mut MCtx<'_, '_, T, MD>, md: &mut MD, g: GRef<T>, inherit: bool) {
    let sched = m.sched;
    let pid = m.p.as_ref().expect("an M with a P").id;
    let ps = &sched.ps[pid];
    if !inherit {
        ps.tick();
        // (Stores only when set: a store would take the line from the threads that read it.)
        if !sched.exiting() {
            if ps.preempt.load(Ordering::Relaxed) {
                ps.preempt.store(false, Ordering::Release);
            }
            if ps.yield_req.load(Ordering::Relaxed) {
                ps.yield_req.store(false, Ordering::Release);
            }
        }
    }
    ps.running.store(true, Ordering::Release);
    g.status.store(Status::Running as u8, Ordering::Release);
    let stop = {
        let mut data = g.data.lock();
        let runner = m.runner;
        runner.run(m, md, &g, &mut data)
    };
    // The goroutine may have blocked in Rust and come back on another P.
    if let Some(p) = m.p.as_ref() {
        sched.ps[p.id].running.store(false, Ordering::Release);
    }
    match stop {
        Stop::Park => {}
        Stop::Yield | Stop::Preempted => {
            g.status.store(Status::Runnable as u8, Ordering::Release);
            sched.injector.push(g);
        }
        Stop::Resume => {
            g.status.store(Status::Runnable as u8, Ordering::Release);
            match m.p.as_mut() {
                Some(p) => {
                    if let Some(old) = p.resume.replace(g) {
                        sched.injector.push(old);
                    }
                }
                None => sched.injector.push(g),
            }
        }
        Stop::Done => {
            g.status.store(Status::Dead as u8, Ordering::Release);
            match m.p.as_mut() {
                Some(p) => {
                    p.ndone += 1;
                    p.dead.push(g);
                    if p.dead.len() >= REAP_BATCH {
                        sched.reap(p);
                    }
                }
                None => {
                    // (Its M blocked in Rust and has no P now.)
                    sched.allgs.lock().remove(&g);
                    sched.nactive.fetch_sub(1, Ordering::SeqCst);
                }
            }
        }
        Stop::Exit(code) => sched.exit(code),
    }
}

#[cfg(all(test, not(loom)))]
mod tests;
