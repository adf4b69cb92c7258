//! Natives of the `sort` package: the reflection `sort.Slice` needs
//! (`reflectlite.ValueOf(x).Len()` and `reflectlite.Swapper(x)`), over the program's
//! run-time types.

use super::{NativeCall, NativeFn};
use crate::interp::rtype::{Kind, RType};
use crate::interp::vm::Trap;
use crate::runtime::heap::heap;

/// The natives of `sort`, by qualified name.
pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "sort.sliceLen" => slice_len,
        "sort.sliceSwap" => slice_swap,
        _ => return None,
    })
}

/// The slice an `any` argument at `regs[0..2]` holds: its element type, data and length.
/// Panics as reflect does when it is not a slice.
fn slice_of<'a>(c: &NativeCall<'a, '_>, method: &str) -> Result<(&'a RType, u64, u64), Trap> {
    let (tw, data) = (c.regs[0], c.regs[1]);
    let Some(t) = c.prog.rtypes.from_word(tw) else {
        return Err(Trap::Panic(format!(
            "reflect: call of {method} on zero Value"
        )));
    };
    let rt = c.prog.rtypes.get(t);
    if rt.kind != Kind::Slice {
        return Err(Trap::Panic(format!(
            "reflect: call of {method} on {} Value",
            rt.kind.name()
        )));
    }
    let h = heap();
    let p = h.load_u64(data).map_err(Trap::Fault)?;
    let n = h.load_u64(data + 8).map_err(Trap::Fault)?;
    let elem = c.prog.rtypes.get(rt.elem.unwrap_or(0));
    Ok((elem, p, n))
}

/// `sliceLen(x any) int`.
fn slice_len(c: &mut NativeCall) -> Result<(), Trap> {
    let (_, _, n) = slice_of(c, "reflect.Value.Len")?;
    c.regs[0] = n;
    Ok(())
}

/// `sliceSwap(x any, i, j int)`: swaps two elements in place, pointer words through the
/// write barrier.
fn slice_swap(c: &mut NativeCall) -> Result<(), Trap> {
    let (elem, p, n) = slice_of(c, "Swapper")?;
    let (i, j) = (c.regs[2], c.regs[3]);
    for k in [i, j] {
        if k >= n {
            return Err(Trap::Panic(format!(
                "runtime error: index out of range [{}] with length {n}",
                k as i64
            )));
        }
    }
    if i == j || elem.size == 0 {
        return Ok(());
    }
    let h = heap();
    let (a, b) = (p + i * elem.size, p + j * elem.size);
    let va = h.read_bytes(a, elem.size).map_err(Trap::Fault)?;
    let vb = h.read_bytes(b, elem.size).map_err(Trap::Fault)?;
    if !elem.has_pointers() {
        h.write_bytes(a, &vb).map_err(Trap::Fault)?;
        h.write_bytes(b, &va).map_err(Trap::Fault)?;
        return Ok(());
    }
    for (dst, src) in [(a, &vb), (b, &va)] {
        for w in 0..elem.size / 8 {
            let v = u64::from_le_bytes(src[w as usize * 8..w as usize * 8 + 8].try_into().unwrap());
            let slot = dst + w * 8;
            let is_ptr = elem
                .ptrmask
                .get(w as usize / 64)
                .is_some_and(|m| m >> (w % 64) & 1 == 1);
            if is_ptr {
                h.store_ptr(slot, v).map_err(Trap::Fault)?;
            } else {
                h.store_u64(slot, v).map_err(Trap::Fault)?;
            }
        }
    }
    Ok(())
}
