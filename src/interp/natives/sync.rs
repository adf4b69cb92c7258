//! Natives of `sync` (its runtime hooks: semaphores, notify lists, fatal errors) and the
//! locks of `atomic.Value`. A native that must wait parks its goroutine through the
//! scheduler and asks the VM to stop ([`Suspend`]).

use super::{NativeCall, NativeFn, go_string};
use crate::interp::vm::{Suspend, Trap};
use crate::runtime::heap::heap;
use crate::runtime::sched::WaitReason;
use std::sync::atomic::{AtomicBool, Ordering};

pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "sync.runtime_Semacquire" => |c| acquire(c, WaitReason::Semacquire, false),
        "sync.runtime_SemacquireMutex" => |c| acquire(c, WaitReason::SyncMutexLock, c.regs[1] != 0),
        "sync.runtime_SemacquireRWMutexR" => {
            |c| acquire(c, WaitReason::SyncRWMutexRLock, c.regs[1] != 0)
        }
        "sync.runtime_SemacquireRWMutex" => {
            |c| acquire(c, WaitReason::SyncRWMutexLock, c.regs[1] != 0)
        }
        "sync.runtime_Semrelease" => release,
        "sync.runtime_nanotime" => nanotime,
        "sync.fatal" | "sync.throw" => fatal,
        "sync.runtime_notifyListAdd" => notify_add,
        "sync.runtime_notifyListWait" => notify_wait,
        "sync.runtime_notifyListNotifyOne" => |c| notify(c, false),
        "sync.runtime_notifyListNotifyAll" => |c| notify(c, true),
        "atomic.valueLock" => value_lock,
        "atomic.valueUnlock" => value_unlock,
        "atomic.sameType" => same_type,
        _ => return None,
    })
}

fn no_sched() -> Trap {
    Trap::Fatal("goroutines need the scheduler")
}

/// `semacquire`: takes one from the semaphore, or parks until a release, then tries again.
fn acquire(c: &mut NativeCall, reason: WaitReason, lifo: bool) -> Result<(), Trap> {
    let addr = c.regs[0];
    let world = c.env.world;
    let nested = c.env.nested;
    let (Some(m), Some(me)) = (c.env.m.as_mut(), c.env.me.clone()) else {
        return Err(no_sched());
    };
    let got = world
        .semas()
        .acquire(addr, &me, lifo, &mut || m.park(&me, reason, nested))
        .map_err(Trap::Fault)?;
    if !got {
        c.env.suspend = Some(Suspend::Park { retry: true });
    }
    Ok(())
}

/// `semrelease`: gives one back and wakes a waiter. With `handoff` (a starving mutex) the
/// releasing goroutine yields so the waiter runs next, as Go's does.
fn release(c: &mut NativeCall) -> Result<(), Trap> {
    let (addr, handoff) = (c.regs[0], c.regs[1] != 0);
    let world = c.env.world;
    let Some(m) = c.env.m.as_mut() else {
        return Err(no_sched());
    };
    if let Some(w) = world.semas().release(addr).map_err(Trap::Fault)? {
        m.ready(w);
        if handoff {
            c.env.suspend = Some(Suspend::Yield);
        }
    }
    Ok(())
}

fn nanotime(c: &mut NativeCall) -> Result<(), Trap> {
    c.regs[0] = super::monotonic_nanos() as u64;
    Ok(())
}

/// `fatal(s)`: the program dies with `fatal error: s` (the text lives until it ends).
fn fatal(c: &mut NativeCall) -> Result<(), Trap> {
    let s = go_string(c.regs, 0)?;
    let s: &'static str = Box::leak(String::from_utf8_lossy(&s).into_owned().into_boxed_str());
    Err(Trap::Fatal(s))
}

/// `notifyListAdd(l) uint32`: the next waiter's ticket.
fn notify_add(c: &mut NativeCall) -> Result<(), Trap> {
    let l = c.regs[0];
    let _g = c.env.world.notify.lock();
    let t = heap().load_u32_seqcst(l).map_err(Trap::Fault)?;
    heap()
        .store_u32_seqcst(l, t.wrapping_add(1))
        .map_err(Trap::Fault)?;
    c.regs[0] = t as u64;
    Ok(())
}

/// Whether ticket `a` comes before ticket `b` (they wrap around).
fn less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

/// `notifyListWait(l, t)`: returns at once if ticket `t` was already notified, else parks.
fn notify_wait(c: &mut NativeCall) -> Result<(), Trap> {
    let (l, t) = (c.regs[0], c.regs[1] as u32);
    let world = c.env.world;
    let nested = c.env.nested;
    let (Some(m), Some(me)) = (c.env.m.as_mut(), c.env.me.clone()) else {
        return Err(no_sched());
    };
    let mut table = world.notify.lock();
    let notified = heap().load_u32_seqcst(l + 4).map_err(Trap::Fault)?;
    if less(t, notified) {
        return Ok(());
    }
    m.park(&me, WaitReason::SyncCondWait, nested);
    table.entry(l).or_default().push((t, me));
    drop(table);
    c.env.suspend = Some(Suspend::Park { retry: false });
    Ok(())
}

/// `notifyListNotifyOne` / `notifyListNotifyAll`.
fn notify(c: &mut NativeCall, all: bool) -> Result<(), Trap> {
    let l = c.regs[0];
    let world = c.env.world;
    let Some(m) = c.env.m.as_mut() else {
        return Err(no_sched());
    };
    let mut table = world.notify.lock();
    let h = heap();
    let wait = h.load_u32_seqcst(l).map_err(Trap::Fault)?;
    let notified = h.load_u32_seqcst(l + 4).map_err(Trap::Fault)?;
    if wait == notified {
        return Ok(());
    }
    let mut woken = Vec::new();
    if all {
        h.store_u32_seqcst(l + 4, wait).map_err(Trap::Fault)?;
        if let Some(ws) = table.remove(&l) {
            woken.extend(ws.into_iter().map(|(_, g)| g));
        }
    } else {
        h.store_u32_seqcst(l + 4, notified.wrapping_add(1))
            .map_err(Trap::Fault)?;
        if let Some(ws) = table.get_mut(&l) {
            if let Some(i) = ws.iter().position(|(t, _)| *t == notified) {
                woken.push(ws.remove(i).1);
            }
            if ws.is_empty() {
                table.remove(&l);
            }
        }
    }
    drop(table);
    for g in woken {
        m.ready(g);
    }
    Ok(())
}

/// The locks of `atomic.Value`s, by address: a `Value`'s two words are read and written
/// under one. Held only across a few Go statements, so waiters spin.
static VALUE_LOCKS: [AtomicBool; 64] = [const { AtomicBool::new(false) }; 64];

fn value_lock_of(addr: u64) -> &'static AtomicBool {
    &VALUE_LOCKS[((addr >> 4) % 64) as usize]
}

fn value_lock(c: &mut NativeCall) -> Result<(), Trap> {
    let l = value_lock_of(c.regs[0]);
    let backoff = crossbeam_utils::Backoff::new();
    while l
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        backoff.snooze();
    }
    Ok(())
}

fn value_unlock(c: &mut NativeCall) -> Result<(), Trap> {
    value_lock_of(c.regs[0]).store(false, Ordering::Release);
    Ok(())
}

/// `sameType(a, b any) bool`: the same type word.
fn same_type(c: &mut NativeCall) -> Result<(), Trap> {
    c.regs[0] = (c.regs[0] == c.regs[2]) as u64;
    Ok(())
}
