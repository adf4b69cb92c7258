//! Natives of the `time` package: the clocks. Go's runtime gives `time.now` the wall
//! clock (`CLOCK_REALTIME`) and the monotonic clock (`CLOCK_MONOTONIC`, `runtime.nanotime`);
//! these read the same clocks. Everything else in `time` is Go code
//! (`src/stdlib/go/time.go`).

use super::{NativeCall, NativeFn};
use crate::interp::vm::Trap;

/// The natives of `time`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "time.now" => now,
        "time.runtimeNano" => runtime_nano,
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
