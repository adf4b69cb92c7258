//! Natives of the `time` package: the clocks. Go's runtime gives `time.now` the wall
//! clock (`CLOCK_REALTIME`) and the monotonic clock (`CLOCK_MONOTONIC`, `runtime.nanotime`);
//! these read the same clocks. Everything else in `time` is Go code
//! (`src/stdlib/go/time.go`).

use super::{NativeCall, NativeFn};
use crate::interp::goroutines::{GoChan, GoSched, TimerRec};
use crate::interp::vm::{Goroutine, Suspend, Trap};
use crate::runtime::sched::WaitReason;
use parking_lot::Mutex;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The natives of `time`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "time.now" => now,
        "time.runtimeNano" => runtime_nano,
        "time.Sleep" => sleep,
        "time.startTimer" => start_timer,
        "time.stopTimer" => stop_timer,
        "time.resetTimer" => reset_timer,
        _ => return None,
    })
}

/// Reads `clock` as (seconds, nanoseconds).
fn clock(clock: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; clock_gettime only writes it.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        // Neither clock can fail on Linux with a valid pointer; as Go's runtime, which
        // ignores the result, report the epoch rather than fail.
        return (0, 0);
    }
    // time_t and c_long are narrower than i64 on some targets.
    #[allow(clippy::unnecessary_cast)]
    (ts.tv_sec as i64, ts.tv_nsec as i64)
}

/// The monotonic clock in nanoseconds (`runtime.nanotime`).
pub fn monotonic_nanos() -> i64 {
    let (s, ns) = clock(libc::CLOCK_MONOTONIC);
    s.wrapping_mul(1_000_000_000).wrapping_add(ns)
}

/// `now() (sec int64, nsec int32, mono int64)`: the wall clock as Unix seconds and
/// nanoseconds, and the monotonic clock.
fn now(c: &mut NativeCall) -> Result<(), Trap> {
    let (sec, nsec) = clock(libc::CLOCK_REALTIME);
    let mono = monotonic_nanos();
    c.regs[0] = sec as u64;
    c.regs[1] = nsec as i32 as i64 as u64;
    c.regs[2] = mono as u64;
    Ok(())
}

/// `runtimeNano() int64`: the monotonic clock.
fn runtime_nano(c: &mut NativeCall) -> Result<(), Trap> {
    c.regs[0] = monotonic_nanos() as u64;
    Ok(())
}

/// `Sleep(d)`: parks the goroutine until a timer wakes it.
fn sleep(c: &mut NativeCall) -> Result<(), Trap> {
    let d = c.regs[0] as i64;
    if d <= 0 {
        return Ok(());
    }
    let nested = c.env.nested;
    let (Some(m), Some(me)) = (c.env.m.as_mut(), c.env.me.clone()) else {
        return Err(Trap::Fatal("goroutines need the scheduler"));
    };
    // Parked first, then findable by the timer (a wakeup cannot be lost); the timer is
    // counted before the goroutine stops counting as active (no false deadlock).
    let when = Instant::now() + Duration::from_nanos(d as u64);
    m.sched().reserve_timer();
    m.park(&me, WaitReason::Sleep, nested);
    m.sched()
        .add_reserved_timer(when, Box::new(move |s: &GoSched| s.ready(None, me)), None);
    c.env.suspend = Some(Suspend::Park { retry: false });
    Ok(())
}

/// Go's `unixToInternal` and `wallToInternal` (time.go): seconds from year 1 to 1970 and
/// to 1885.
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
const WALL_TO_INTERNAL: i64 = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86400;

/// The register words of `time.Now()` (wall, ext, loc) as time.go builds them.
fn now_words(start_nano: i64, loc: u64) -> [u64; 3] {
    let (sec, nsec) = clock(libc::CLOCK_REALTIME);
    let mono = monotonic_nanos() - start_nano;
    let sec = sec + UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
    if (sec as u64) >> 33 != 0 {
        return [nsec as u64, (sec + WALL_TO_INTERNAL) as u64, loc];
    }
    [
        (1 << 63) | (sec as u64) << 30 | nsec as u64,
        mono as u64,
        loc,
    ]
}

/// Schedules `rec`'s next firing after `d` nanoseconds.
fn arm(sched: &GoSched, rec: &Arc<Mutex<TimerRec>>, d: i64) {
    let r = rec.clone();
    let when = Instant::now() + Duration::from_nanos(d.max(0) as u64);
    // A timer or ticker channel's timer counts against a deadlock only while a goroutine
    // waits on the channel (an AfterFunc's always does).
    let waited = rec
        .lock()
        .chan
        .clone()
        .map(|c| Box::new(move || c.has_waiters()) as crate::runtime::sched::TimerWaited);
    let flag = sched.add_timer_waited(when, Box::new(move |s: &GoSched| fire(s, &r)), waited);
    rec.lock().cancel = Some(flag);
}

/// A timer fired: send the time (dropped if the last one was not received, as Go drops
/// ticks), or start the AfterFunc goroutine; a ticker re-arms.
fn fire(sched: &GoSched, rec: &Arc<Mutex<TimerRec>>) {
    let (chan, func, period, words) = {
        let r = rec.lock();
        (
            r.chan.clone(),
            r.func,
            r.period,
            now_words(r.start_nano, r.loc),
        )
    };
    if let Some(c) = chan {
        if let crate::runtime::chan::SendRes::Done(Some(w)) = c.send(&words, None, &mut || {}) {
            sched.ready(None, w);
        }
    }
    if let Some((f, ctx, nregs)) = func {
        sched.spawn_global(|id| {
            let mut g = Goroutine::call_sized(id, f, nregs, ctx, &[]);
            g.created_by = Some(crate::interp::vm::Creator::TimeGoFunc);
            g
        });
    }
    if period > 0 {
        arm(sched, rec, period);
    }
}

/// `startTimer(c, f, d, period, startNano, loc) int`.
fn start_timer(c: &mut NativeCall) -> Result<(), Trap> {
    let (ch, f, d, period, start_nano, loc) = (
        c.regs[0],
        c.regs[1],
        c.regs[2] as i64,
        c.regs[3] as i64,
        c.regs[4] as i64,
        c.regs[5],
    );
    let chan: Option<Arc<GoChan>> = c.env.world.chan(ch);
    if let Some(ch) = &chan {
        ch.timer.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let func = if f == 0 {
        None
    } else {
        let id = crate::runtime::heap::heap()
            .load_u64(f)
            .map_err(Trap::Fault)? as u32;
        let nregs = c
            .prog
            .funcs
            .get(id as usize)
            .map_or(16, |x| x.nregs as usize);
        Some((id, f, nregs))
    };
    let rec = Arc::new(Mutex::new(TimerRec {
        chan,
        func,
        period,
        start_nano,
        loc,
        cancel: None,
    }));
    let Some(m) = c.env.m.as_ref() else {
        return Err(Trap::Fatal("goroutines need the scheduler"));
    };
    arm(m.sched(), &rec, d);
    c.regs[0] = c.env.world.add_timer(rec) as u64;
    Ok(())
}

/// Stops timer `id`: whether it was active (pending, or fired with its value not yet
/// received, which is discarded).
fn stop(c: &mut NativeCall, id: u64) -> Result<(bool, Option<Arc<Mutex<TimerRec>>>), Trap> {
    let Some(rec) = c.env.world.timer(id) else {
        return Ok((false, None));
    };
    let Some(m) = c.env.m.as_ref() else {
        return Err(Trap::Fatal("goroutines need the scheduler"));
    };
    let (flag, chan) = {
        let mut r = rec.lock();
        (r.cancel.take(), r.chan.clone())
    };
    let pending = flag.is_some_and(|f| m.sched().cancel_timer(&f));
    let unreceived = chan.is_some_and(|c| c.drain() > 0);
    Ok((pending || unreceived, Some(rec)))
}

fn stop_timer(c: &mut NativeCall) -> Result<(), Trap> {
    let (active, _) = stop(c, c.regs[0])?;
    c.regs[0] = active as u64;
    Ok(())
}

/// `resetTimer(id, d, period) bool`.
fn reset_timer(c: &mut NativeCall) -> Result<(), Trap> {
    let (id, d, period) = (c.regs[0], c.regs[1] as i64, c.regs[2] as i64);
    let (active, rec) = stop(c, id)?;
    if let (Some(rec), Some(m)) = (rec, c.env.m.as_ref()) {
        rec.lock().period = period;
        arm(m.sched(), &rec, d);
    }
    c.regs[0] = active as u64;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monotonic_clock_does_not_go_back() {
        let a = monotonic_nanos();
        let b = monotonic_nanos();
        assert!(a > 0 && b >= a);
    }

    #[test]
    fn wall_clock_is_after_2020() {
        let (sec, nsec) = clock(libc::CLOCK_REALTIME);
        assert!(sec > 1_577_836_800);
        assert!((0..1_000_000_000).contains(&nsec));
    }
}
