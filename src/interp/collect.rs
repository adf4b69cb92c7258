//! A garbage collection of a running program: the interpreter's roots for `runtime::gc`,
//! the stop-the-world phases around a cycle's start and end, the background mark worker that
//! scans goroutine stacks while the program runs, and the finalizers a cycle readies.
//!
//! Roots (Go's `markroot`): the package-level variables' block, the string literals, the
//! maps' zero value, every M's map key scratch slot, every goroutine (its frames through
//! their pointer masks; its deferred calls, panics, parked channel operation and map
//! iterators as words of unknown kind), every timer's function and location, and, as roots
//! that exist only while their channel's heap object is reachable, each channel's buffered
//! values and waiting senders' values.

use super::bytecode::Program;
use super::goroutines::World;
use super::vm::{self, Env};
use crate::runtime::gc::{self, Roots};
use crate::runtime::heap::heap;
use std::sync::atomic::Ordering;

/// The roots of one program run.
pub struct VmRoots<'a> {
    pub prog: &'a Program,
    pub env_strs: &'a [u64],
    pub zero: u64,
    pub globals: u64,
    pub world: &'a World,
    pub sched: &'a super::goroutines::GoSched,
}

impl Roots for VmRoots<'_> {
    fn roots(&mut self, sink: &mut dyn FnMut(u64)) {
        sink(self.globals);
        sink(self.zero);
        self.env_strs.iter().for_each(|&s| sink(s));
        self.world.scratch.lock().iter().for_each(|&s| sink(s));
        for t in self.world.all_timers() {
            let t = t.lock();
            if let Some((_, ctx, _)) = t.func {
                sink(ctx);
            }
            sink(t.loc);
        }
        for f in self.world.finq.lock().iter() {
            sink(f.obj);
            sink(f.func);
            f.info.iter().for_each(|&w| sink(w));
        }
    }

    fn stacks(&mut self, cycle: u32, from: u64, all: bool, sink: &mut dyn FnMut(u64)) {
        for g in self.sched.goroutines_from(if all { 0 } else { from }) {
            if !all && g.gcscan.load(Ordering::Acquire) == cycle {
                continue;
            }
            if !scan_stopped(self.prog, &g, sink) {
                // Every M stopped between goroutines or left its goroutine's roots: a
                // goroutine held without them would be a scheduler bug.
                eprintln!(
                    "runtime: goroutine {} is running during a stop-the-world",
                    g.id
                );
                eprintln!("fatal error: stopTheWorld: not stopped");
                std::process::exit(2);
            }
            if !all {
                g.gcscan.store(cycle, Ordering::Release);
            }
        }
    }

    fn dependent(&mut self, sink: &mut dyn FnMut(u64, &[u64])) {
        for (obj, c) in self.world.all_chans() {
            sink(obj, &c.value_words());
        }
    }

    fn forget_unmarked(&mut self, is_marked: &dyn Fn(u64) -> bool) {
        self.world.forget_chans(is_marked);
    }
}

/// Calls `sink` with the root words of goroutine `g` if no M is running it: the roots it
/// left when its M blocked with it, else its frames read under its data lock. Returns
/// false, without calling `sink`, if an M is running it.
fn scan_stopped(prog: &Program, g: &super::goroutines::GoRef, sink: &mut dyn FnMut(u64)) -> bool {
    if let Some(words) = g.roots.lock().as_ref() {
        words.iter().for_each(|&w| sink(w));
        return true;
    }
    match g.data.try_lock() {
        Some(d) => {
            vm::goroutine_roots(prog, &d, sink);
            true
        }
        None => false,
    }
}

/// What one call of [`collect`] did.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    /// Another M was stopping the world; this one took part.
    Other,
    /// A cycle began marking; the program goes on while it marks.
    Started,
    /// A cycle's mark phase ended (and its sweep began).
    Ended,
    /// A whole cycle ran with the world stopped (`runtime.GC`).
    Full,
}

/// Runs the collector's next step from a goroutine's M (between goroutines, or inside a
/// native's nested call with the goroutine's roots left in its `G::roots`): with no cycle
/// marking, starts one (or, for `runtime.GC`, runs a whole one); with a cycle marking,
/// ends its mark phase.
pub fn collect(prog: &Program, env: &mut Env) -> Step {
    let Some(m) = env.m.as_mut() else {
        return Step::Other;
    };
    heap().release_mcache(env.cache);
    // Whether this M leads the stop-the-world or takes part in another's, what its barrier
    // recorded must reach the collector first.
    crate::runtime::barrier::flush_current_thread();
    let sched = m.sched();
    let g = gc::gc();
    if !g.marking() {
        // A cycle is about to start: sweep what the last one left while the program still
        // runs, so that the stop-the-world does not (Go's gcStart does the same).
        while heap().sweep_chunk().is_some() {}
    }
    let t0 = std::time::Instant::now();
    if !sched.stop_the_world() {
        return Step::Other;
    }
    if sched.exiting() {
        // The program is ending: its Ms stop wherever they are, so nothing is collected.
        sched.start_the_world();
        return Step::Other;
    }
    let zero = env.maps.zero;
    let mut roots = VmRoots {
        prog,
        env_strs: env.strs,
        zero,
        globals: env.globals,
        world: env.world,
        sched,
    };
    let procs = sched.gomaxprocs() as u32;
    let (step, done) = if g.marking() {
        (
            Step::Ended,
            Some(gc::mark_terminate(heap(), &mut roots, t0)),
        )
    } else if g.wanted_forced() {
        (
            Step::Full,
            Some(gc::collect(heap(), &mut roots, true, procs)),
        )
    } else if g.wanted() {
        gc::mark_start(heap(), &mut roots, false, procs, t0);
        (Step::Started, None)
    } else {
        // The request was served by the M that stopped the world before this one.
        (Step::Other, None)
    };
    let mut have_finalizers = false;
    if let Some((cycle, ready)) = done {
        if g.trace.load(Ordering::Relaxed) {
            env.out
                .stderr(g.trace_line(&cycle, cycle.started).as_bytes());
        }
        have_finalizers = !ready.is_empty();
        env.world.finq.lock().extend(ready);
    }
    sched.start_the_world();
    if have_finalizers {
        wake_finalizer_goroutine(prog, env);
    }
    step
}

/// Scans goroutine `g`'s stack for the cycle marking, if it has not been scanned yet (a
/// goroutine stopped at a safepoint scans itself, Go's `scanstack` from `suspendG`).
/// Returns whether it scanned.
pub fn self_scan(prog: &Program, g: &super::goroutines::GoRef, data: &vm::Goroutine) -> bool {
    let gcs = gc::gc();
    if !gcs.marking() {
        return false;
    }
    let cycle = gcs.cycle();
    if g.gcscan.load(Ordering::Acquire) == cycle {
        return false;
    }
    let mut m = gc::Marker::new(heap());
    vm::goroutine_roots(prog, data, &mut |w| {
        m.mark(w);
    });
    g.gcscan.store(cycle, Ordering::Release);
    m.publish();
    true
}

/// The background mark worker (Go's `gcBgMarkWorker`): while a cycle marks, scans every
/// goroutine's stack once (those not running directly; running ones are asked to stop at a
/// safepoint and scan themselves) and drains the mark work; when none is left, asks for
/// the mark phase to end. Between mark phases it sweeps (Go's `bgsweep`).
pub fn mark_worker(prog: &Program, sched: &super::goroutines::GoSched) {
    use std::time::Duration;
    let gcs = gc::gc();
    loop {
        if sched.exiting() {
            return;
        }
        // Between mark phases the worker is the background sweeper (Go's `bgsweep`), then
        // the scavenger: free pages beyond 10% over the heap goal go back to the operating
        // system (Go's `bgscavenge` keeps the same margin, `retainExtraPercent`).
        if !gcs.marking() {
            if heap().sweep_chunk().is_some() {
                continue;
            }
            if heap().take_scavenge_due() {
                let goal = gcs.next_gc();
                if goal > 0 {
                    heap().scavenge(goal + goal / 10);
                }
            }
        }
        if !gcs.wait_for_mark(Duration::from_millis(20)) {
            continue;
        }
        let cycle = gcs.cycle();
        let mut m = gc::Marker::new(heap());
        // Goroutines still to look at, and the creation number below which every goroutine
        // has been put in that list once.
        let mut pending: Vec<super::goroutines::GoRef> = Vec::new();
        let mut listed_below = 0u64;
        let mut idle_rounds = 0u32;
        loop {
            if sched.exiting() || !gcs.marking() || gcs.cycle() != cycle {
                break;
            }
            if pending.is_empty() {
                // Goroutines created since the last listing (all of them the first time).
                let below = sched.next_seq();
                pending = sched
                    .goroutines_from(listed_below)
                    .into_iter()
                    .filter(|g| g.gcscan.load(Ordering::Acquire) != cycle)
                    .collect();
                listed_below = below;
                if pending.is_empty() && !gcs.has_work() {
                    idle_rounds += 1;
                    if idle_rounds >= 2 {
                        // Done: every goroutine created before `below` is scanned; the
                        // next safepoint stops the world to end the mark phase (whatever
                        // the barrier buffers still hold is drained then).
                        gcs.set_mark_done(below);
                        sched.preempt_running();
                        sched.wake_idle();
                        break;
                    }
                }
            }
            let unit = gcs.work_lock();
            if !gcs.marking() || gcs.cycle() != cycle {
                break;
            }
            // Up to 256 stacks: those no M holds are scanned here; running ones wait.
            let mut running = Vec::new();
            let mut scanned = 0;
            while scanned < 256 {
                let Some(g) = pending.pop() else { break };
                if g.gcscan.load(Ordering::Acquire) == cycle {
                    continue;
                }
                scanned += 1;
                if scan_stopped(prog, &g, &mut |w| {
                    m.mark(w);
                }) {
                    g.gcscan.store(cycle, Ordering::Release);
                } else {
                    running.push(g);
                }
            }
            let found = m.drain_some(1024);
            drop(unit);
            let any_running = !running.is_empty();
            pending.extend(running);
            if any_running {
                // Running goroutines scan themselves at their next safepoint.
                sched.preempt_running();
                if !found {
                    std::thread::sleep(Duration::from_micros(50));
                }
            }
            if found || scanned > 0 {
                idle_rounds = 0;
            }
        }
    }
}

/// Readies the finalizer goroutine (starting it the first time), which runs the queued
/// finalizers one after another (Go's `runfinq`).
fn wake_finalizer_goroutine(prog: &Program, env: &mut Env) {
    let Some(m) = env.m.as_mut() else { return };
    if let Some(g) = env.world.fing.lock().take() {
        m.ready(g);
        return;
    }
    if env.world.fing_started.swap(true, Ordering::SeqCst) {
        return;
    }
    let Some(f) = prog.runfinq else { return };
    let g = m.spawn(&mut |id| vm::Goroutine::new(id, prog, f));
    g.system.store(true, Ordering::Relaxed);
}
