//! Goroutines of a running program: the VM's side of `runtime::sched` and
//! `runtime::chan`.
//!
//! [`World`] is what one program run shares between its threads: the channel table and
//! the semaphore table (Go's `sema.go`, keyed by the address of a Go `uint32`). A channel
//! value is the address of a small heap object (so `%p`, `==` and map keys work as in Go)
//! whose one word is the channel's index in the table plus one.
//!
//! [`SchedOps`] is how VM code and natives reach the scheduler (spawn, park, ready)
//! without naming the M's lifetimes.

use super::vm::{GoStart, Goroutine};
use crate::runtime::chan::Chan;
use crate::runtime::heap::{Mcache, heap};
use crate::runtime::sched::{Flag, GRef, MCtx, Sched, WaitReason};
use parking_lot::{Mutex, RwLock};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

pub type GoRef = GRef<Goroutine>;
pub type GoChan = Chan<Goroutine>;
pub type GoSched = Sched<Goroutine, MData>;

/// What each M keeps for the goroutines it runs.
pub struct MData {
    /// The allocation cache (Go's mcache).
    pub cache: Mcache,
    /// A heap slot large enough for any map key of the program: the hmap takes keys by
    /// address, and a map operation never stops half-way, so one per M suffices.
    pub scratch: u64,
    /// The M's random state (Go's `cheaprand`), for `select`.
    pub rand: u64,
}

/// The scheduler as running code sees it.
pub trait SchedOps {
    /// Starts a goroutine (its data made from its id); it runs next on this P.
    fn spawn(&mut self, make: &mut dyn FnMut(u64) -> Goroutine) -> GoRef;
    /// Starts the goroutine of a `go` statement (reusing a dead one's data when it can);
    /// it runs next on this P.
    fn go(&mut self, start: GoStart<'_>) -> GoRef;
    /// Makes a parked goroutine runnable.
    fn ready(&mut self, g: GoRef);
    /// Marks running goroutine `g` as waiting; see `MCtx::park`.
    fn park(&mut self, g: &GoRef, reason: WaitReason, nested: bool);
    /// Waits with this thread for nested-parked `g`; false if the program ended.
    fn wait_nested(&mut self, g: &GoRef) -> bool;
    /// Runs `f` with the thread blocked (the P goes to another M); false if the program
    /// ended meanwhile.
    fn block(&mut self, f: &mut dyn FnMut()) -> bool;
    /// `runtime.GOMAXPROCS(n)` with n > 0.
    fn set_gomaxprocs(&mut self, n: usize);
    /// The preemption flag of the P this M runs on now.
    fn preempt_flag(&self) -> Flag;
    /// Whether a goroutine stopped at a safepoint must leave its P (not only be scanned).
    fn must_yield(&self) -> bool;
    /// `runtime.Gosched`: the goroutine leaves its P when it stops next.
    fn request_yield(&self);
    fn sched(&self) -> &GoSched;
}

/// A goroutine created while the collector marks has a black stack, as in Go: what it
/// starts with was shaded when its first frame was built (`GoStart`), and what it loads
/// later comes from the heap, behind the write barrier. So the mark phase need not scan
/// it. (Its creator is inside one instruction: the phase cannot end in between.)
fn born_black(g: GoRef) -> GoRef {
    let gcs = crate::runtime::gc::gc();
    if gcs.marking() {
        g.gcscan
            .store(gcs.cycle(), std::sync::atomic::Ordering::Release);
    }
    g
}

impl SchedOps for MCtx<'_, '_, Goroutine, MData> {
    fn spawn(&mut self, make: &mut dyn FnMut(u64) -> Goroutine) -> GoRef {
        born_black(MCtx::spawn(self, make))
    }
    fn go(&mut self, start: GoStart<'_>) -> GoRef {
        born_black(MCtx::spawn(self, start))
    }
    fn ready(&mut self, g: GoRef) {
        MCtx::ready(self, g)
    }
    fn park(&mut self, g: &GoRef, reason: WaitReason, nested: bool) {
        MCtx::park(self, g, reason, nested)
    }
    fn wait_nested(&mut self, g: &GoRef) -> bool {
        MCtx::wait_nested(self, g)
    }
    fn block(&mut self, f: &mut dyn FnMut()) -> bool {
        MCtx::block(self, f).is_some()
    }
    fn preempt_flag(&self) -> Flag {
        MCtx::preempt_flag(self)
    }
    fn must_yield(&self) -> bool {
        MCtx::must_yield(self)
    }
    fn request_yield(&self) {
        MCtx::request_yield(self)
    }
    fn set_gomaxprocs(&mut self, n: usize) {
        MCtx::set_gomaxprocs(self, n)
    }
    fn sched(&self) -> &GoSched {
        self.sched
    }
}

/// Per-program tables shared by every M.
#[derive(Default)]
pub struct World {
    chans: RwLock<ChanTable>,
    semas: Semas,
    /// Goroutines waiting in `sync.Cond.Wait`, by the address of the Cond's notify list:
    /// their tickets (Go's `notifyList`).
    pub notify: Mutex<HashMap<u64, Vec<(u32, GoRef)>>>,
    /// `time` timers, by handle - 1.
    timers: Mutex<Vec<Arc<Mutex<TimerRec>>>>,
    /// Reads done on helper threads for parked goroutines, by goroutine id: the bytes
    /// read or the errno, once the read is over.
    pub io: Mutex<HashMap<u64, IoSlot>>,
    /// Every M's map key scratch slot (roots for the collector).
    pub scratch: Mutex<Vec<u64>>,
    /// Finalizers the collector found ready, for the finalizer goroutine.
    pub finq: Mutex<VecDeque<crate::runtime::gc::Finalizer>>,
    /// The finalizer goroutine, once started, while it waits for work.
    pub fing: Mutex<Option<GoRef>>,
    /// Whether the finalizer goroutine exists.
    pub fing_started: std::sync::atomic::AtomicBool,
}

/// The channels of a program: slot i holds the channel whose heap object stores i + 1.
#[derive(Default)]
pub struct ChanTable {
    slots: Vec<Option<(u64, Arc<GoChan>)>>,
    free: Vec<usize>,
}

/// Where a helper thread leaves the result of a goroutine's read.
pub type IoSlot = Arc<Mutex<Option<Result<Vec<u8>, u64>>>>;

/// A `time.Timer`, `time.Ticker` or `AfterFunc` timer.
pub struct TimerRec {
    /// Where the time is sent.
    pub chan: Option<Arc<GoChan>>,
    /// `AfterFunc`'s function: its code, closure object and register count.
    pub func: Option<(u32, u64, usize)>,
    /// Nanoseconds between ticks (0 for a one-shot timer).
    pub period: i64,
    /// What `time.Now()` needs: the package's start of the monotonic clock and `Local`.
    pub start_nano: i64,
    pub loc: u64,
    /// The pending firing's cancellation flag.
    pub cancel: Option<Arc<AtomicBool>>,
}

impl World {
    /// `make(chan T, size)`: a new channel and the address of its heap object.
    pub fn make_chan(&self, cache: &mut Mcache, cap: usize, words: usize) -> u64 {
        let obj = heap().alloc(cache, 8, None);
        let c = Arc::new(Chan::new(cap, words));
        let idx = {
            let mut t = self.chans.write();
            match t.free.pop() {
                Some(i) => {
                    t.slots[i] = Some((obj, c));
                    i
                }
                None => {
                    t.slots.push(Some((obj, c)));
                    t.slots.len() - 1
                }
            }
        };
        // A fresh allocation is in range.
        let _ = heap().store_u64(obj, idx as u64 + 1);
        obj
    }

    /// The channel behind a channel value (None for nil or a bad value).
    pub fn chan(&self, addr: u64) -> Option<Arc<GoChan>> {
        if addr == 0 {
            return None;
        }
        let idx = heap().load_u64(addr).ok()?;
        let t = self.chans.read();
        match t.slots.get((idx as usize).checked_sub(1)?) {
            Some(Some((a, c))) if *a == addr => Some(c.clone()),
            _ => None,
        }
    }

    /// Every channel with its heap object (for the collector).
    pub fn all_chans(&self) -> Vec<(u64, Arc<GoChan>)> {
        self.chans.read().slots.iter().flatten().cloned().collect()
    }

    /// Drops the channels whose heap objects are unreachable (the collector is about to
    /// free them).
    pub fn forget_chans(&self, reachable: &dyn Fn(u64) -> bool) {
        let mut t = self.chans.write();
        for i in 0..t.slots.len() {
            if let Some((a, _)) = &t.slots[i] {
                if !reachable(*a) {
                    t.slots[i] = None;
                    t.free.push(i);
                }
            }
        }
    }

    /// Every timer (for the collector: an AfterFunc's closure, a ticker's location).
    pub fn all_timers(&self) -> Vec<Arc<Mutex<TimerRec>>> {
        self.timers.lock().clone()
    }

    pub fn semas(&self) -> &Semas {
        &self.semas
    }

    /// Registers a timer; returns its handle (never 0).
    pub fn add_timer(&self, t: Arc<Mutex<TimerRec>>) -> usize {
        let mut ts = self.timers.lock();
        ts.push(t);
        ts.len()
    }

    pub fn timer(&self, id: u64) -> Option<Arc<Mutex<TimerRec>>> {
        self.timers
            .lock()
            .get((id as usize).checked_sub(1)?)
            .cloned()
    }
}

/// Go's semaphore table (runtime/sema.go): goroutines waiting on a `uint32` in the heap,
/// by its address.
pub struct Semas {
    roots: [Mutex<SemaRoot>; SEMA_ROOTS],
}

impl Default for Semas {
    fn default() -> Self {
        Semas {
            roots: std::array::from_fn(|_| Mutex::new(SemaRoot::default())),
        }
    }
}

const SEMA_ROOTS: usize = 251;

#[derive(Default)]
pub struct SemaRoot {
    waiters: HashMap<u64, VecDeque<GoRef>>,
    nwait: usize,
}

impl Semas {
    fn root(&self, addr: u64) -> &Mutex<SemaRoot> {
        &self.roots[((addr >> 3) % SEMA_ROOTS as u64) as usize]
    }

    /// Go's `cansemacquire`: takes one from `*addr` if it is positive.
    fn try_acquire(addr: u64) -> Result<bool, crate::runtime::heap::Fault> {
        let h = heap();
        loop {
            let v = h.load_u32_seqcst(addr)?;
            if v == 0 {
                return Ok(false);
            }
            if h.cas_u32(addr, v, v - 1)? {
                return Ok(true);
            }
        }
    }

    /// `semacquire`: true when acquired; false after `park` was called with the
    /// goroutine queued (it retries when woken). `lifo` queues it first (Go's mutex
    /// starvation handling).
    pub fn acquire(
        &self,
        addr: u64,
        me: &GoRef,
        lifo: bool,
        park: &mut dyn FnMut(),
    ) -> Result<bool, crate::runtime::heap::Fault> {
        if Self::try_acquire(addr)? {
            return Ok(true);
        }
        let mut root = self.root(addr).lock();
        root.nwait += 1;
        if Self::try_acquire(addr)? {
            root.nwait -= 1;
            return Ok(true);
        }
        let q = root.waiters.entry(addr).or_default();
        if lifo {
            q.push_front(me.clone());
        } else {
            q.push_back(me.clone());
        }
        park();
        Ok(false)
    }

    /// `semrelease`: adds one to `*addr` and returns a waiter to make runnable.
    pub fn release(&self, addr: u64) -> Result<Option<GoRef>, crate::runtime::heap::Fault> {
        heap().fetch_add_u32(addr, 1)?;
        let mut root = self.root(addr).lock();
        if root.nwait == 0 {
            return Ok(None);
        }
        let Some(q) = root.waiters.get_mut(&addr) else {
            return Ok(None);
        };
        let g = q.pop_front();
        if q.is_empty() {
            root.waiters.remove(&addr);
        }
        if g.is_some() {
            root.nwait -= 1;
        }
        Ok(g)
    }
}

/// A fast per-M random number below `n` (Go's `cheaprandn`), xorshift64*.
pub fn cheaprandn(state: &mut u64, n: usize) -> usize {
    let mut x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    let r = x.wrapping_mul(0x2545F4914F6CDD1D);
    ((r >> 32) * n as u64 >> 32) as usize
}
