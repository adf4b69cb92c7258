//! Natives of `runtime`: the scheduler's API (Gosched, NumGoroutine, GOMAXPROCS, NumCPU,
//! Goexit).

use super::{NativeCall, NativeFn};
use crate::interp::collect::Step;
use crate::interp::vm::{Suspend, Trap};

pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "runtime.Gosched" => gosched,
        "runtime.NumGoroutine" => num_goroutine,
        "runtime.GOMAXPROCS" => gomaxprocs,
        "runtime.NumCPU" => num_cpu,
        "runtime.Goexit" => goexit,
        "runtime.KeepAlive" => keep_alive,
        "runtime.setFinalizer" => set_finalizer,
        "runtime.nextFinalizer" => next_finalizer,
        "runtime.readMemStats" => read_mem_stats,
        _ => return None,
    })
}

/// `Gosched`: the goroutine goes to the global run queue and others run.
fn gosched(c: &mut NativeCall) -> Result<(), Trap> {
    if c.env.m.is_some() && !c.env.nested {
        c.env.suspend = Some(Suspend::Yield);
    }
    Ok(())
}

fn num_goroutine(c: &mut NativeCall) -> Result<(), Trap> {
    c.regs[0] = c.env.m.as_ref().map_or(1, |m| m.sched().num_goroutine()) as u64;
    Ok(())
}

/// `GOMAXPROCS(n)`: the previous setting; n > 0 changes it.
fn gomaxprocs(c: &mut NativeCall) -> Result<(), Trap> {
    let n = c.regs[0] as i64;
    let Some(m) = c.env.m.as_mut() else {
        c.regs[0] = 1;
        return Ok(());
    };
    let prev = m.sched().gomaxprocs();
    if n > 0 && n as usize != prev {
        m.set_gomaxprocs(n as usize);
    }
    c.regs[0] = prev as u64;
    Ok(())
}

fn num_cpu(c: &mut NativeCall) -> Result<(), Trap> {
    c.regs[0] = crate::interp::exec::num_cpu() as u64;
    Ok(())
}

fn goexit(_: &mut NativeCall) -> Result<(), Trap> {
    Err(Trap::Goexit)
}

/// `runtime.GC`: a whole cycle, started
/// after the call, done before it returns. A re-entrant native: the calling goroutine's
/// roots are taken from it directly, so it can lead the stop-the-world itself.
pub fn gc_now(c: &mut super::ReentrantCall) -> Result<(), Trap> {
    let g = crate::runtime::gc::gc();
    // A cycle marking when the call began may have started before it: end it, then run
    // a whole one (Go's runtime.GC waits for the current cycle and runs the next).
    let start = g.numgc();
    collect_until(c, &mut |step| {
        if step.is_none() {
            g.force();
        }
        step == Some(Step::Full) || g.numgc() >= start + 2
    });
    Ok(())
}

/// `debug.FreeOSMemory`: a whole cycle, as `runtime.GC`, then every free page goes back
/// to the operating system.
pub fn free_os_memory(c: &mut super::ReentrantCall) -> Result<(), Trap> {
    gc_now(c)?;
    crate::runtime::heap::heap().scavenge(0);
    Ok(())
}

/// Runs collector steps from a re-entrant native until `done(Some(last step))` holds
/// (`done(None)` is asked before each step), the calling goroutine's roots left where
/// the collector finds them, so that this M can lead the stop-the-world.
fn collect_until(c: &mut super::ReentrantCall, done: &mut dyn FnMut(Option<Step>) -> bool) {
    let Some(me) = c.env.me.clone() else {
        return;
    };
    let mut words = Vec::new();
    crate::interp::vm::goroutine_roots(c.prog, c.g, &mut |w| words.push(w));
    *me.roots.lock() = Some(words);
    while !done(None) {
        let step = crate::interp::collect::collect(c.prog, c.env);
        if done(Some(step)) || c.env.m.as_ref().is_none_or(|m| m.sched().exiting()) {
            break;
        }
        if step == Step::Other {
            std::thread::yield_now();
        }
    }
    *me.roots.lock() = None;
}

/// `runtime.callFinalizer(f, obj, tw, iface)`: calls finalizer `f` with the object, as a
/// pointer or (iface) as an interface holding it. A panicking finalizer crashes the
/// program, as in Go.
pub fn call_finalizer(c: &mut super::ReentrantCall) -> Result<(), Trap> {
    let (f, obj, tw, iface) = {
        let r = &c.g.regs[c.base..];
        (r[0], r[1], r[2], r[3] != 0)
    };
    let args: Vec<u64> = if iface { vec![tw, obj] } else { vec![obj] };
    match c.call_closure(f, &args, 0) {
        Ok(_) => Ok(()),
        Err(Some((tw, data))) => Err(Trap::Panic(crate::interp::exec::panic_value_text(
            c.prog, tw, data,
        ))),
        Err(None) => Err(c.failed.take().unwrap_or(Trap::Fatal("finalizer failed"))),
    }
}

/// `debug.SetGCPercent`: returns the previous setting. Turning collection off first
/// waits for a cycle that is marking to end, as Go's does (`gcWaitOnMark`), so that none
/// runs afterwards. A re-entrant native: it may lead the stop-the-world that ends it.
pub fn set_gc_percent(c: &mut super::ReentrantCall) -> Result<(), Trap> {
    let pct = c.g.regs[c.base] as i64;
    let g = crate::runtime::gc::gc();
    let prev = g.set_gogc(pct, crate::runtime::heap::heap());
    if pct < 0 && g.marking() {
        collect_until(c, &mut |_| !g.marking());
    }
    c.g.regs[c.base] = prev as u64;
    Ok(())
}

/// `KeepAlive(x)`: x is used here, so it stays reachable until this call.
fn keep_alive(_: &mut NativeCall) -> Result<(), Trap> {
    Ok(())
}

/// `setFinalizer(obj, finalizer any)`: Go's SetFinalizer checks, with its fatal texts.
fn set_finalizer(c: &mut NativeCall) -> Result<(), Trap> {
    use crate::interp::rtype::Kind;
    use crate::runtime::gc::{Finalizer, gc};
    let (otw, odata, ftw, fdata) = (c.regs[0], c.regs[1], c.regs[2], c.regs[3]);
    let prog = c.prog;
    let fatal = |s: String| -> Trap { Trap::Fatal(Box::leak(s.into_boxed_str())) };
    let Some(et) = prog.rtypes.from_word(otw) else {
        return Err(Trap::Fatal("runtime.SetFinalizer: first argument is nil"));
    };
    let etyp = prog.rtypes.get(et);
    if etyp.kind != Kind::Pointer {
        return Err(fatal(format!(
            "runtime.SetFinalizer: first argument is {}, not pointer",
            etyp.name
        )));
    }
    let h = crate::runtime::heap::heap();
    let Some(o) = h
        .find_object(odata)
        .filter(|o| o.span.is_allocated(o.index))
    else {
        // Go: a pointer to a global or to zerobase is silently ignored.
        if odata == crate::runtime::heap::ZEROBASE || odata == c.env.globals || odata == 0 {
            return Ok(());
        }
        return Err(Trap::Fatal(
            "runtime.SetFinalizer: pointer not in allocated block",
        ));
    };
    let header = if !o.span.noscan() && o.size > 512 + 8 && o.span.size_class() != 0 {
        8
    } else {
        0
    };
    let elem = etyp.elem.map(|e| prog.rtypes.get(e));
    if odata != o.base + header && elem.is_none_or(|e| e.has_pointers() || e.size >= 16) {
        return Err(Trap::Fatal(
            "runtime.SetFinalizer: pointer not at beginning of allocated block",
        ));
    }
    let Some(ft) = prog.rtypes.from_word(ftw) else {
        gc().set_finalizer(odata, None).ok();
        return Ok(());
    };
    let ftyp = prog.rtypes.get(ft);
    if ftyp.kind != Kind::Func {
        return Err(fatal(format!(
            "runtime.SetFinalizer: second argument is {}, not a function",
            ftyp.name
        )));
    }
    // The finalizer's one parameter, from its type's spelling `func(T)` / `func(T) R`.
    let cannot = || {
        fatal(format!(
            "runtime.SetFinalizer: cannot pass {} to finalizer {}",
            etyp.name, ftyp.name
        ))
    };
    let params = ftyp
        .name
        .strip_prefix("func(")
        .and_then(|r| {
            let mut depth = 0;
            for (i, ch) in r.char_indices() {
                match ch {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' if depth > 0 => depth -= 1,
                    ')' => return Some(&r[..i]),
                    _ => {}
                }
            }
            None
        })
        .unwrap_or("");
    if params.contains("...") {
        return Err(fatal(format!(
            "runtime.SetFinalizer: cannot pass {} to finalizer {} because dotdotdot",
            etyp.name, ftyp.name
        )));
    }
    let mut depth = 0;
    let top_commas = params
        .chars()
        .filter(|&ch| {
            match ch {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            }
            ch == ',' && depth == 0
        })
        .count();
    if params.is_empty() || top_commas > 0 {
        return Err(cannot());
    }
    let iface = if params == etyp.name || params.starts_with('*') {
        if params != etyp.name {
            // A pointer to the same element type, when one of them is unnamed.
            let pe = params.trim_start_matches('*');
            if elem.is_none_or(|e| e.name != pe) {
                return Err(cannot());
            }
        }
        false
    } else if params == "interface {}" || params == "any" {
        true
    } else {
        match (0..prog.rtypes.len() as u32).find(|&i| prog.rtypes.get(i).name == params) {
            Some(i) if prog.rtypes.get(i).kind == Kind::Interface => {
                if !etyp.implements(prog.rtypes.get(i)) {
                    return Err(cannot());
                }
                true
            }
            _ => return Err(cannot()),
        }
    };
    gc().set_finalizer(
        odata,
        Some(Finalizer {
            obj: odata,
            func: fdata,
            info: vec![otw, iface as u64],
        }),
    )
    .map_err(Trap::Fatal)?;
    // The finalizer goroutine starts with the first finalizer (Go's createfing).
    Ok(())
}

/// `nextFinalizer() (f, obj unsafe.Pointer, tw uintptr, iface bool)`: the next queued
/// finalizer, or the goroutine parks (`finalizer wait`) until the collector queues one.
fn next_finalizer(c: &mut NativeCall) -> Result<(), Trap> {
    let world = c.env.world;
    let nested = c.env.nested;
    let mut q = world.finq.lock();
    if let Some(f) = q.pop_front() {
        c.regs[0] = f.func;
        c.regs[1] = f.obj;
        c.regs[2] = f.info.first().copied().unwrap_or(0);
        c.regs[3] = f.info.get(1).copied().unwrap_or(0);
        return Ok(());
    }
    let (Some(m), Some(me)) = (c.env.m.as_mut(), c.env.me.clone()) else {
        return Err(Trap::Fatal("goroutines need the scheduler"));
    };
    m.park(
        &me,
        crate::runtime::sched::WaitReason::FinalizerWait,
        nested,
    );
    *world.fing.lock() = Some(me);
    drop(q);
    c.env.suspend = Some(Suspend::Park { retry: true });
    Ok(())
}

/// `readMemStats(m *MemStats)`: fills the struct (its field order is runtime.go's).
fn read_mem_stats(c: &mut NativeCall) -> Result<(), Trap> {
    let p = c.regs[0];
    let h = crate::runtime::heap::heap();
    let g = crate::runtime::gc::gc();
    let s = h.mem_stats();
    let procs = c.env.m.as_ref().map_or(1, |m| m.sched().gomaxprocs()) as u32;
    let (pause_ns, pause_end) = g.pause_history();
    // Go's MemStats layout: 25 uint64/uint32/float fields, the two [256]uint64 arrays,
    // NumGC, NumForcedGC (uint32), GCCPUFraction, EnableGC, DebugGC, BySize.
    let words: [u64; 25] = [
        s.heap_alloc,                            // Alloc
        s.total_alloc,                           // TotalAlloc
        s.heap_sys + (4 << 20),                  // Sys (heap plus the runtime's own, roughly)
        0,                                       // Lookups
        s.mallocs,                               // Mallocs
        s.frees,                                 // Frees
        s.heap_alloc,                            // HeapAlloc
        s.heap_sys,                              // HeapSys
        s.heap_sys.saturating_sub(s.heap_inuse), // HeapIdle
        s.heap_inuse,                            // HeapInuse
        s.heap_released,                         // HeapReleased
        s.heap_objects,                          // HeapObjects
        0,                                       // StackInuse (goroutine stacks are not heap)
        0,                                       // StackSys
        0,                                       // MSpanInuse
        0,                                       // MSpanSys
        0,                                       // MCacheInuse
        0,                                       // MCacheSys
        0,                                       // BuckHashSys
        0,                                       // GCSys
        0,                                       // OtherSys
        g.next_gc(),                             // NextGC
        g.last_gc_unix_ns(),                     // LastGC
        g.pause_total_ns(),                      // PauseTotalNs
        0,
    ];
    let w = |off: u64, v: u64| h.store_u64(p + off, v).map_err(Trap::Fault);
    for (i, v) in words.iter().take(24).enumerate() {
        w(8 * i as u64, *v)?;
    }
    let mut off = 24 * 8;
    for v in pause_ns.iter() {
        w(off, *v)?;
        off += 8;
    }
    for v in pause_end.iter() {
        w(off, *v)?;
        off += 8;
    }
    h.store_u32(p + off, g.numgc()).map_err(Trap::Fault)?;
    h.store_u32(p + off + 4, g.numforced())
        .map_err(Trap::Fault)?;
    w(off + 8, g.cpu_fraction(procs).to_bits())?;
    h.store_u8(p + off + 16, (g.gogc() >= 0) as u8)
        .map_err(Trap::Fault)?;
    h.store_u8(p + off + 17, 0).map_err(Trap::Fault)?;
    Ok(())
}
