//! A garbage collection of a running program: the interpreter's roots for
//! `runtime::gc::collect`, the stop-the-world around it, and the finalizers it readies.
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
        for g in self.sched.all_goroutines() {
            if let Some(words) = g.roots.lock().as_ref() {
                words.iter().for_each(|&w| sink(w));
                continue;
            }
            match g.data.try_lock() {
                Some(d) => vm::goroutine_roots(self.prog, &d, sink),
                None => {
                    // Every M stopped between goroutines or left its goroutine's roots:
                    // a goroutine held without them would be a scheduler bug.
                    eprintln!("runtime: goroutine {} is running during a stop-the-world", g.id);
                    eprintln!("fatal error: stopTheWorld: not stopped");
                    std::process::exit(2);
                }
            }
        }
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

    fn dependent(&mut self, sink: &mut dyn FnMut(u64, &[u64])) {
        for (obj, c) in self.world.all_chans() {
            sink(obj, &c.value_words());
        }
    }

    fn forget_unmarked(&mut self, is_marked: &dyn Fn(u64) -> bool) {
        self.world.forget_chans(is_marked);
    }
}

/// Runs a collection from a goroutine's M (between goroutines, or inside a native's
/// nested call with the goroutine's roots left in its `G::roots`). Returns false if
/// another M was already collecting (this one took part in its stop-the-world instead).
pub fn collect(prog: &Program, env: &mut Env) -> bool {
    let Some(m) = env.m.as_mut() else {
        return false;
    };
    heap().release_mcache(env.cache);
    let sched = m.sched();
    if !sched.stop_the_world() {
        return false;
    }
    let g = gc::gc();
    let forced = g.wanted_forced();
    let started = std::time::Instant::now();
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
    let (cycle, ready) = gc::collect(heap(), &mut roots, forced, procs);
    if g.trace.load(std::sync::atomic::Ordering::Relaxed) {
        env.out.stderr(g.trace_line(&cycle, started).as_bytes());
    }
    let have_finalizers = !ready.is_empty();
    env.world.finq.lock().extend(ready);
    sched.start_the_world();
    if have_finalizers {
        wake_finalizer_goroutine(prog, env);
    }
    true
}

/// Readies the finalizer goroutine (starting it the first time), which runs the queued
/// finalizers one after another (Go's `runfinq`).
fn wake_finalizer_goroutine(prog: &Program, env: &mut Env) {
    use std::sync::atomic::Ordering;
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
