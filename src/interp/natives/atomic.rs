//! Natives of `sync/atomic`: sequentially consistent operations on Go memory, through the
//! heap's SeqCst accessors (ARCHITECTURE.md, invariant 4). The typed wrappers
//! (`atomic.Int64`, `atomic.Bool`, ...) are Go code in `src/stdlib/go/atomic.go`.
//!
//! Registers hold sized integers canonically (sign-extended for int32, zero-extended for
//! uint32), so every 32-bit result is re-extended.

use super::{NativeCall, NativeFn};
use crate::interp::vm::Trap;
use crate::runtime::heap::heap;

pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "atomic.AddInt32" => |c| rmw32(c, true, |x, d| x.wrapping_add(d)),
        "atomic.AddUint32" => |c| rmw32(c, false, |x, d| x.wrapping_add(d)),
        "atomic.AddInt64" | "atomic.AddUint64" | "atomic.AddUintptr" => {
            |c| rmw64(c, |x, d| x.wrapping_add(d))
        }
        "atomic.AndInt32" => |c| rmw32_old(c, true, |x, d| x & d),
        "atomic.AndUint32" => |c| rmw32_old(c, false, |x, d| x & d),
        "atomic.OrInt32" => |c| rmw32_old(c, true, |x, d| x | d),
        "atomic.OrUint32" => |c| rmw32_old(c, false, |x, d| x | d),
        "atomic.AndInt64" | "atomic.AndUint64" | "atomic.AndUintptr" => {
            |c| rmw64_old(c, |x, d| x & d)
        }
        "atomic.OrInt64" | "atomic.OrUint64" | "atomic.OrUintptr" => |c| rmw64_old(c, |x, d| x | d),
        "atomic.LoadInt32" => |c| load32(c, true),
        "atomic.LoadUint32" => |c| load32(c, false),
        "atomic.LoadInt64" | "atomic.LoadUint64" | "atomic.LoadUintptr" | "atomic.LoadPointer" => {
            load64
        }
        "atomic.StoreInt32" | "atomic.StoreUint32" => store32,
        "atomic.StoreInt64" | "atomic.StoreUint64" | "atomic.StoreUintptr" => store64,
        "atomic.StorePointer" => store_pointer,
        "atomic.SwapInt32" => |c| swap32(c, true),
        "atomic.SwapUint32" => |c| swap32(c, false),
        "atomic.SwapInt64" | "atomic.SwapUint64" | "atomic.SwapUintptr" => swap64,
        "atomic.SwapPointer" => swap_pointer,
        "atomic.CompareAndSwapInt32" | "atomic.CompareAndSwapUint32" => cas32,
        "atomic.CompareAndSwapInt64"
        | "atomic.CompareAndSwapUint64"
        | "atomic.CompareAndSwapUintptr" => cas64,
        "atomic.CompareAndSwapPointer" => cas_pointer,
        _ => return None,
    })
}

fn ext32(v: u32, signed: bool) -> u64 {
    if signed {
        v as i32 as i64 as u64
    } else {
        v as u64
    }
}

/// `Add`: returns the new value.
fn rmw32(c: &mut NativeCall, signed: bool, f: fn(u32, u32) -> u32) -> Result<(), Trap> {
    let (a, d) = (c.regs[0], c.regs[1] as u32);
    let h = heap();
    loop {
        let old = h.load_u32_seqcst(a).map_err(Trap::Fault)?;
        let new = f(old, d);
        if h.cas_u32(a, old, new).map_err(Trap::Fault)? {
            c.regs[0] = ext32(new, signed);
            return Ok(());
        }
    }
}

/// `And`/`Or`: return the old value (Go 1.23).
fn rmw32_old(c: &mut NativeCall, signed: bool, f: fn(u32, u32) -> u32) -> Result<(), Trap> {
    let (a, d) = (c.regs[0], c.regs[1] as u32);
    let h = heap();
    loop {
        let old = h.load_u32_seqcst(a).map_err(Trap::Fault)?;
        if h.cas_u32(a, old, f(old, d)).map_err(Trap::Fault)? {
            c.regs[0] = ext32(old, signed);
            return Ok(());
        }
    }
}

fn rmw64(c: &mut NativeCall, f: fn(u64, u64) -> u64) -> Result<(), Trap> {
    let (a, d) = (c.regs[0], c.regs[1]);
    let h = heap();
    loop {
        let old = h.load_u64_seqcst(a).map_err(Trap::Fault)?;
        let new = f(old, d);
        if h.cas_u64(a, old, new).map_err(Trap::Fault)? {
            c.regs[0] = new;
            return Ok(());
        }
    }
}

fn rmw64_old(c: &mut NativeCall, f: fn(u64, u64) -> u64) -> Result<(), Trap> {
    let (a, d) = (c.regs[0], c.regs[1]);
    let h = heap();
    loop {
        let old = h.load_u64_seqcst(a).map_err(Trap::Fault)?;
        if h.cas_u64(a, old, f(old, d)).map_err(Trap::Fault)? {
            c.regs[0] = old;
            return Ok(());
        }
    }
}

fn load32(c: &mut NativeCall, signed: bool) -> Result<(), Trap> {
    let v = heap().load_u32_seqcst(c.regs[0]).map_err(Trap::Fault)?;
    c.regs[0] = ext32(v, signed);
    Ok(())
}

fn load64(c: &mut NativeCall) -> Result<(), Trap> {
    c.regs[0] = heap().load_u64_seqcst(c.regs[0]).map_err(Trap::Fault)?;
    Ok(())
}

fn store32(c: &mut NativeCall) -> Result<(), Trap> {
    heap()
        .store_u32_seqcst(c.regs[0], c.regs[1] as u32)
        .map_err(Trap::Fault)
}

fn store64(c: &mut NativeCall) -> Result<(), Trap> {
    heap()
        .store_u64_seqcst(c.regs[0], c.regs[1])
        .map_err(Trap::Fault)
}

/// A pointer store goes through the write barrier, then a fence makes it SeqCst.
fn store_pointer(c: &mut NativeCall) -> Result<(), Trap> {
    heap()
        .store_ptr(c.regs[0], c.regs[1])
        .map_err(Trap::Fault)?;
    std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

fn swap32(c: &mut NativeCall, signed: bool) -> Result<(), Trap> {
    let old = heap()
        .swap_u32(c.regs[0], c.regs[1] as u32)
        .map_err(Trap::Fault)?;
    c.regs[0] = ext32(old, signed);
    Ok(())
}

fn swap64(c: &mut NativeCall) -> Result<(), Trap> {
    c.regs[0] = heap().swap_u64(c.regs[0], c.regs[1]).map_err(Trap::Fault)?;
    Ok(())
}

/// The old pointer is read and the new one stored through the barrier, in a CAS loop so
/// that the exchange stays atomic.
fn swap_pointer(c: &mut NativeCall) -> Result<(), Trap> {
    let (a, new) = (c.regs[0], c.regs[1]);
    let h = heap();
    loop {
        let old = h.load_u64_seqcst(a).map_err(Trap::Fault)?;
        // Shading for an exchange that then fails is harmless (it only keeps more alive).
        if crate::runtime::barrier::enabled() {
            crate::runtime::barrier::write_barrier(a, old, new);
        }
        if h.cas_u64(a, old, new).map_err(Trap::Fault)? {
            c.regs[0] = old;
            return Ok(());
        }
    }
}

fn cas32(c: &mut NativeCall) -> Result<(), Trap> {
    let ok = heap()
        .cas_u32(c.regs[0], c.regs[1] as u32, c.regs[2] as u32)
        .map_err(Trap::Fault)?;
    c.regs[0] = ok as u64;
    Ok(())
}

fn cas64(c: &mut NativeCall) -> Result<(), Trap> {
    let ok = heap()
        .cas_u64(c.regs[0], c.regs[1], c.regs[2])
        .map_err(Trap::Fault)?;
    c.regs[0] = ok as u64;
    Ok(())
}

fn cas_pointer(c: &mut NativeCall) -> Result<(), Trap> {
    let (a, old, new) = (c.regs[0], c.regs[1], c.regs[2]);
    let h = heap();
    if h.load_u64_seqcst(a).map_err(Trap::Fault)? != old {
        c.regs[0] = 0;
        return Ok(());
    }
    if crate::runtime::barrier::enabled() {
        crate::runtime::barrier::write_barrier(a, old, new);
    }
    let ok = h.cas_u64(a, old, new).map_err(Trap::Fault)?;
    c.regs[0] = ok as u64;
    Ok(())
}
