//! Natives of `goscope/inspect` (src/stdlib/go/inspect.go): the reads its Go code builds
//! a map's header and buckets from, through the hmap inspector
//! (`runtime::hmap::inspect_header`, `inspect_bucket`). Every read goes through the heap's
//! checked accessors, so an address that is not a bucket (a map corrupted through unsafe)
//! gives a fault, which is a Go panic, never a crash.

use super::{NativeCall, NativeFn};
use crate::interp::maps::{HeapMem, map_type};
use crate::interp::rtype::{Kind, TypeTable};
use crate::interp::vm::Trap;
use crate::runtime::heap::{Fault, ZEROBASE, heap};
use crate::runtime::hmap::{self, MapError, MapType};
use std::cell::RefCell;

pub fn lookup(q: &str) -> Option<NativeFn> {
    Some(match q {
        "inspect.header" => header,
        "inspect.bucketSize" => bucket_size,
        "inspect.tophash" => tophash,
        "inspect.entry" => entry,
        "inspect.overflow" => overflow,
        "inspect.mapIsNil" => map_is_nil,
        _ => return None,
    })
}

/// The map argument (an `any` in the first two words): its run-time type, key and elem
/// types, and the `*hmap`.
struct MapArg {
    ty: u32,
    key: u32,
    elem: u32,
    h: u64,
}

fn map_arg(c: &NativeCall) -> Result<MapArg, Trap> {
    let t = &c.prog.rtypes;
    let Some(ty) = t.from_word(c.regs[0]) else {
        return Err(Trap::Panic("inspect: not a map: <nil>".to_string()));
    };
    let rt = t.get(ty);
    match (rt.kind, rt.key, rt.elem) {
        (Kind::Map, Some(key), Some(elem)) => Ok(MapArg {
            ty,
            key,
            elem,
            h: c.regs[1],
        }),
        _ => Err(Trap::Panic(format!("inspect: not a map: {}", rt.name))),
    }
}

fn fault(e: MapError<Fault>) -> Trap {
    match e {
        MapError::Fault(f) => Trap::Fault(f),
        // Reads raise no map panic or fatal error.
        MapError::Panic(p) => Trap::MapPanic(p),
        MapError::Fatal(f) => Trap::Fatal(f.message()),
    }
}

/// Runs `f` with the descriptor of map type `a.ty` (the program's own when it has one).
fn with_type<R>(c: &mut NativeCall, a: &MapArg, f: impl FnOnce(&MapType, &HeapMem) -> R) -> R {
    let maps = c.env.maps;
    let owned;
    let t = match c.prog.map_descs.iter().position(|d| d.map == a.ty) {
        Some(i) if i < maps.types.len() => &maps.types[i],
        _ => {
            // Keys of a map type are always comparable, so this never fails; a
            // descriptor without key hashing is enough to read buckets anyway.
            owned = map_type(c.prog, a.ty).unwrap_or_else(|| {
                let (k, e) = (c.prog.rtypes.get(a.key), c.prog.rtypes.get(a.elem));
                MapType::new(
                    k.size,
                    k.ptrmask.clone(),
                    crate::runtime::alg::KeyAlg::Mem { size: k.size },
                    e.size,
                    e.ptrmask.clone(),
                    None,
                    0,
                )
            });
            &owned
        }
    };
    let mem = HeapMem {
        cache: RefCell::new(&mut *c.env.cache),
    };
    f(t, &mem)
}

/// `header(m) (count, flags, B, noverflow, hash0, buckets, oldbuckets, nevacuate, extra,
/// overflow, oldoverflow, nextOverflow)`.
fn header(c: &mut NativeCall) -> Result<(), Trap> {
    let a = map_arg(c)?;
    let mem = HeapMem {
        cache: RefCell::new(&mut *c.env.cache),
    };
    let v = hmap::inspect_header(&mem, a.h).map_err(fault)?;
    let words = [
        v.count as u64,
        v.flags as u64,
        v.b as u64,
        v.noverflow as u64,
        v.hash0 as u64,
        v.buckets,
        v.oldbuckets,
        v.nevacuate,
        v.extra,
        v.extra_overflow,
        v.extra_oldoverflow,
        v.extra_next_overflow,
    ];
    c.regs[..words.len()].copy_from_slice(&words);
    Ok(())
}

fn bucket_size(c: &mut NativeCall) -> Result<(), Trap> {
    let a = map_arg(c)?;
    c.regs[0] = with_type(c, &a, |t, _| t.bucket_size);
    Ok(())
}

fn slot_index(c: &NativeCall) -> Result<u64, Trap> {
    let i = c.regs[3];
    if i >= hmap::BUCKET_CNT {
        return Err(Trap::Panic(format!(
            "inspect: slot {} out of range",
            i as i64
        )));
    }
    Ok(i)
}

/// `tophash(m, b, i)`: `b.tophash[i]`.
fn tophash(c: &mut NativeCall) -> Result<(), Trap> {
    map_arg(c)?;
    let i = slot_index(c)?;
    c.regs[0] = heap()
        .load_u8(c.regs[2].wrapping_add(i))
        .map_err(Trap::Fault)? as u64;
    Ok(())
}

/// `overflow(m, b)`: the bucket's overflow pointer.
fn overflow(c: &mut NativeCall) -> Result<(), Trap> {
    let a = map_arg(c)?;
    let b = c.regs[2];
    let v = with_type(c, &a, |t, mem| hmap::inspect_bucket(t, mem, b)).map_err(fault)?;
    c.regs[0] = v.overflow;
    Ok(())
}

/// `entry(m, b, i) (k, e any)`: copies of slot i's key and elem, as interfaces.
fn entry(c: &mut NativeCall) -> Result<(), Trap> {
    let a = map_arg(c)?;
    let i = slot_index(c)? as usize;
    let b = c.regs[2];
    let v = with_type(c, &a, |t, mem| hmap::inspect_bucket(t, mem, b)).map_err(fault)?;
    let (kt, kd) = to_iface(c, a.key, v.keys[i])?;
    let (et, ed) = to_iface(c, a.elem, v.elems[i])?;
    c.regs[..4].copy_from_slice(&[kt, kd, et, ed]);
    Ok(())
}

fn map_is_nil(c: &mut NativeCall) -> Result<(), Trap> {
    map_arg(c)?;
    c.regs[0] = (c.regs[1] == 0) as u64;
    Ok(())
}

/// The `any` holding a copy of the value of type `ty` at `addr`: the value itself for a
/// pointer-shaped type, the dynamic (type, data) pair for an interface, else a new box.
fn to_iface(c: &mut NativeCall, ty: u32, addr: u64) -> Result<(u64, u64), Trap> {
    let h = heap();
    let rt = c.prog.rtypes.get(ty);
    if rt.kind == Kind::Interface {
        let tw = h.load_u64(addr).map_err(Trap::Fault)?;
        let dw = h.load_u64(addr.wrapping_add(8)).map_err(Trap::Fault)?;
        return Ok((tw, dw));
    }
    let word = TypeTable::word(ty);
    if rt.kind.is_pointer_shaped() {
        return Ok((word, h.load_u64(addr).map_err(Trap::Fault)?));
    }
    if rt.size == 0 {
        return Ok((word, ZEROBASE));
    }
    let has_ptrs = rt.ptrmask.iter().any(|&w| w != 0);
    let p = h.alloc(c.env.cache, rt.size, has_ptrs.then_some(&rt.ptrmask[..]));
    if has_ptrs {
        // A type with pointers is a whole number of words: each pointer word through the
        // write barrier.
        for w in 0..rt.size / 8 {
            let v = h.load_u64(addr.wrapping_add(w * 8)).map_err(Trap::Fault)?;
            let is_ptr = rt
                .ptrmask
                .get((w / 64) as usize)
                .is_some_and(|m| m >> (w % 64) & 1 != 0);
            if is_ptr {
                h.store_ptr(p + w * 8, v).map_err(Trap::Fault)?;
            } else {
                h.store_u64(p + w * 8, v).map_err(Trap::Fault)?;
            }
        }
    } else {
        h.memmove(p, addr, rt.size).map_err(Trap::Fault)?;
    }
    Ok((word, p))
}
