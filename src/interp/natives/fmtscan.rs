//! Natives of fmt's scanning (written in Go in `fmt.go`, after fmt/scan.go): reading the
//! process's standard input, and the reflection `scanOne` needs for pointers to types
//! other than the basic ones (`reflect.Value.SetInt` and friends on `ptr.Elem()`).

use super::{NativeCall, NativeFn};
use crate::interp::rtype::Kind;
use crate::interp::vm::Trap;
use crate::runtime::heap::heap;

/// The plain natives of `fmt`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "fmt.readStdin" => read_stdin,
        "fmt.scanTarget" => scan_target,
        "fmt.scanSetBool" => |c| set(c, |a, r| heap().store_u8(a, r[0] as u8)),
        "fmt.scanSetInt" | "fmt.scanSetUint" => set_int,
        "fmt.scanSetFloat" => set_float,
        "fmt.scanSetComplex" => set_complex,
        "fmt.scanSetString" => |c| {
            set(c, |a, r| {
                heap().store_ptr(a, r[0])?;
                heap().store_u64(a + 8, r[1])
            })
        },
        "fmt.scanSetBytes" => |c| {
            set(c, |a, r| {
                heap().store_ptr(a, r[0])?;
                heap().store_u64(a + 8, r[1])?;
                heap().store_u64(a + 16, r[2])
            })
        },
        _ => return None,
    })
}

/// `readStdin(b []byte) (n int, errno int)`: read(2) on descriptor 0, after flushing the
/// program's buffered standard output (Go's writes are unbuffered, so a prompt is
/// visible before the program waits for input).
fn read_stdin(c: &mut NativeCall) -> Result<(), Trap> {
    let (p, n) = (c.regs[0], c.regs[1] as usize);
    c.env.out.flush();
    let buf = match super::read_fd(c, 0, n, None) {
        None => return Ok(()),
        Some(Ok(b)) => b,
        Some(Err(e)) => {
            c.regs[0] = 0;
            c.regs[1] = e;
            return Ok(());
        }
    };
    let r = buf.len();
    if r > 0 {
        heap().write_bytes(p, &buf).map_err(Trap::Fault)?;
    }
    c.regs[0] = r as u64;
    c.regs[1] = 0;
    Ok(())
}

/// The scan kinds of `fmt.go`'s `scanTarget`.
fn scan_kind(k: Kind) -> u64 {
    match k {
        Kind::Bool => 1,
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => 2,
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => 3,
        Kind::String => 4,
        Kind::Float32 | Kind::Float64 => 6,
        Kind::Complex64 | Kind::Complex128 => 7,
        _ => 8,
    }
}

/// `scanTarget(arg any) (kind int, bits int, typ string)`.
fn scan_target(c: &mut NativeCall) -> Result<(), Trap> {
    let (tw, data) = (c.regs[0], c.regs[1]);
    let prog = c.prog;
    let Some(t) = prog.rtypes.from_word(tw) else {
        c.regs[0] = -1i64 as u64;
        c.regs[1] = 0;
        c.regs[2] = 0;
        c.regs[3] = 0;
        return Ok(());
    };
    let rt = prog.rtypes.get(t);
    let (kind, bits) = if rt.kind != Kind::Pointer {
        (0, 0)
    } else if data == 0 {
        // ptr.Elem() of a nil pointer is the zero Value, of kind Invalid.
        (8, 0)
    } else {
        let et = prog.rtypes.get(rt.elem.unwrap_or(0));
        match et.kind {
            Kind::Slice => {
                let elem = prog.rtypes.get(et.elem.unwrap_or(0));
                (if elem.kind == Kind::Uint8 { 5 } else { 8 }, 0)
            }
            k => (scan_kind(k), et.size * 8),
        }
    };
    let name = rt.name.clone();
    c.regs[0] = kind as u64;
    c.regs[1] = bits;
    super::ret_string(c, 2, name.as_bytes())
}

/// The pointer `arg` holds and its element's size (only called after `scanTarget`).
fn target(c: &NativeCall) -> Option<(u64, u64)> {
    let t = c.prog.rtypes.from_word(c.regs[0])?;
    let rt = c.prog.rtypes.get(t);
    let et = c.prog.rtypes.get(rt.elem?);
    Some((c.regs[1], et.size))
}

fn set(
    c: &mut NativeCall,
    f: fn(u64, &[u64]) -> Result<(), crate::runtime::heap::Fault>,
) -> Result<(), Trap> {
    let Some((addr, _)) = target(c) else {
        return Ok(());
    };
    f(addr, &c.regs[2..]).map_err(Trap::Fault)
}

/// `scanSetInt(arg any, v int64)` and `scanSetUint(arg any, v uint64)`: stores the low
/// bytes of v, as `Value.SetInt` stores into a smaller integer.
fn set_int(c: &mut NativeCall) -> Result<(), Trap> {
    let Some((addr, size)) = target(c) else {
        return Ok(());
    };
    let v = c.regs[2];
    let h = heap();
    match size {
        1 => h.store_u8(addr, v as u8),
        2 => h.store_u16(addr, v as u16),
        4 => h.store_u32(addr, v as u32),
        _ => h.store_u64(addr, v),
    }
    .map_err(Trap::Fault)
}

/// `scanSetFloat(arg any, v float64)`.
fn set_float(c: &mut NativeCall) -> Result<(), Trap> {
    let Some((addr, size)) = target(c) else {
        return Ok(());
    };
    let v = f64::from_bits(c.regs[2]);
    let h = heap();
    if size == 4 {
        h.store_u32(addr, (v as f32).to_bits())
    } else {
        h.store_u64(addr, v.to_bits())
    }
    .map_err(Trap::Fault)
}

/// `scanSetComplex(arg any, v complex128)`.
fn set_complex(c: &mut NativeCall) -> Result<(), Trap> {
    let Some((addr, size)) = target(c) else {
        return Ok(());
    };
    let (re, im) = (f64::from_bits(c.regs[2]), f64::from_bits(c.regs[3]));
    let h = heap();
    if size == 8 {
        h.store_u32(addr, (re as f32).to_bits())
            .map_err(Trap::Fault)?;
        h.store_u32(addr + 4, (im as f32).to_bits())
            .map_err(Trap::Fault)
    } else {
        h.store_u64(addr, re.to_bits()).map_err(Trap::Fault)?;
        h.store_u64(addr + 8, im.to_bits()).map_err(Trap::Fault)
    }
}
