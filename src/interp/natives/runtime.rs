//! Natives of `runtime`: the scheduler's API (Gosched, NumGoroutine, GOMAXPROCS, NumCPU,
//! Goexit).

use super::{NativeCall, NativeFn};
use crate::interp::vm::{Suspend, Trap};

pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "runtime.Gosched" => gosched,
        "runtime.NumGoroutine" => num_goroutine,
        "runtime.GOMAXPROCS" => gomaxprocs,
        "runtime.NumCPU" => num_cpu,
        "runtime.Goexit" => goexit,
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
