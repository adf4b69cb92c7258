//! Go maps in the VM: binds `runtime::hmap` (Go 1.23's map, written over a memory trait)
//! to goscope's heap, and builds each map type's descriptor (gc's `maptype`) from the
//! program's run-time types.
//!
//! The hmap takes keys by address, as Go's runtime does, so the VM stores a key held in
//! registers into a per-M scratch slot of the heap before each map operation.

use super::bytecode::Program;
use super::mem::{Layout, MemKind};
use super::rtype::{Kind, TypeTable};
use crate::runtime::alg::{DynType, DynTypes, KeyAlg, KeyField};
use crate::runtime::heap::{Fault, Mcache, heap, repeat_ptrmask};
use crate::runtime::hmap::{FastKey, FastKind, MapMem, MapType};
use std::cell::RefCell;
use std::sync::Arc;

/// The map descriptors of a program, indexed like `Program::map_descs`, and the heap
/// memory the VM needs for map operations.
pub struct Maps {
    pub types: Vec<MapType>,
    /// For each map type, the fast variant the VM calls with the key taken from its
    /// registers (gc's `mapaccess1_fast64` and siblings), when the type has one and the
    /// key's registers hold it as that variant takes it.
    pub fast: Vec<Option<FastKind>>,
    /// The size of the largest key of the program (each M's key scratch slot holds any).
    pub max_key: u64,
    /// The zero value lookups of absent keys return (a root for the collector).
    pub zero: u64,
}

impl Maps {
    /// A heap slot for map keys (one per M: see `goroutines::MData`).
    pub fn new_scratch(&self, cache: &mut Mcache) -> u64 {
        // The slot may hold pointers (string keys): mark every word.
        let mask = vec![u64::MAX; self.max_key.div_ceil(8).div_ceil(64) as usize];
        heap().alloc(cache, self.max_key, Some(&mask))
    }
}

/// The key in `regs` (the key's registers) as the fast variant `kind` takes it.
#[inline(always)]
pub fn fast_key(kind: FastKind, regs: &[u64]) -> FastKey {
    match kind {
        FastKind::Fast32 => FastKey::W32(regs[0] as u32),
        FastKind::Fast64 | FastKind::Fast64Ptr => FastKey::W64(regs[0]),
        FastKind::FastStr => FastKey::Str(regs[0], regs[1]),
    }
}

/// Whether a key with this register layout is passed to the fast variant `kind` as is.
fn fast_layout_fits(kind: FastKind, l: &Layout) -> bool {
    let m = &l.moves;
    let one =
        |k: &[MemKind]| m.len() == 1 && m[0].reg == 0 && m[0].off == 0 && k.contains(&m[0].kind);
    match kind {
        FastKind::Fast32 => one(&[MemKind::I32, MemKind::U32]),
        FastKind::Fast64 => one(&[MemKind::W64]),
        FastKind::Fast64Ptr => one(&[MemKind::Ptr]),
        FastKind::FastStr => {
            m.len() == 2
                && (m[0].reg, m[0].off, m[0].kind) == (0, 0, MemKind::Ptr)
                && (m[1].reg, m[1].off, m[1].kind) == (1, 8, MemKind::W64)
        }
    }
}

/// The goscope heap, as the hmap sees memory.
pub struct HeapMem<'c> {
    pub cache: RefCell<&'c mut Mcache>,
}

impl MapMem for HeapMem<'_> {
    type Fault = Fault;
    #[inline]
    fn read_bytes(&self, a: u64, buf: &mut [u8]) -> Result<(), Fault> {
        heap().read_into(a, buf)
    }
    #[inline]
    fn memequal(&self, a: u64, b: u64, n: u64) -> Result<bool, Fault> {
        heap().memequal(a, b, n)
    }
    #[inline(always)]
    fn load_u8(&self, a: u64) -> Result<u8, Fault> {
        heap().load_u8(a)
    }
    #[inline(always)]
    fn load_u16(&self, a: u64) -> Result<u16, Fault> {
        heap().load_u16(a)
    }
    #[inline(always)]
    fn load_u32(&self, a: u64) -> Result<u32, Fault> {
        heap().load_u32(a)
    }
    #[inline(always)]
    fn load_u64(&self, a: u64) -> Result<u64, Fault> {
        heap().load_u64(a)
    }
    #[inline(always)]
    fn store_u8(&self, a: u64, v: u8) -> Result<(), Fault> {
        heap().store_u8(a, v)
    }
    #[inline(always)]
    fn store_u16(&self, a: u64, v: u16) -> Result<(), Fault> {
        heap().store_u16(a, v)
    }
    #[inline(always)]
    fn store_u32(&self, a: u64, v: u32) -> Result<(), Fault> {
        heap().store_u32(a, v)
    }
    #[inline(always)]
    fn store_u64(&self, a: u64, v: u64) -> Result<(), Fault> {
        heap().store_u64(a, v)
    }
    #[inline(always)]
    fn store_ptr(&self, slot: u64, v: u64) -> Result<(), Fault> {
        heap().store_ptr(slot, v)
    }
    #[inline]
    fn memmove(&self, dst: u64, src: u64, n: u64, has_pointers: bool) -> Result<(), Fault> {
        if has_pointers {
            // The whole range may hold pointers: give every word the barrier.
            let words = n.div_ceil(8);
            let mask = vec![u64::MAX; words.div_ceil(64) as usize];
            heap().typedmemmove(dst, src, n, &mask)
        } else {
            heap().memmove(dst, src, n)
        }
    }
    #[inline]
    fn memclr(&self, dst: u64, n: u64, has_pointers: bool) -> Result<(), Fault> {
        if has_pointers {
            let words = n.div_ceil(8);
            let mask = vec![u64::MAX; words.div_ceil(64) as usize];
            heap().typedmemclr(dst, n, &mask)
        } else {
            heap().memclr(dst, n)
        }
    }
    #[inline]
    fn alloc(&self, elem_size: u64, count: u64, elem_ptrmask: &[u64]) -> Result<u64, Fault> {
        let size = elem_size * count;
        let mut cache = self.cache.borrow_mut();
        if elem_ptrmask.iter().any(|w| *w != 0) {
            let mask = repeat_ptrmask(elem_ptrmask, elem_size.div_ceil(8), count);
            Ok(heap().alloc(&mut cache, size, Some(&mask)))
        } else {
            Ok(heap().alloc(&mut cache, size, None))
        }
    }
    #[inline]
    fn roundupsize(&self, size: u64, noscan: bool) -> u64 {
        crate::runtime::slice::round_up_size(size, noscan, |n| {
            use crate::runtime::sizeclasses;
            sizeclasses::size_to_class(n)
                .map(sizeclasses::class_size)
                .unwrap_or(n)
        })
    }
    #[inline]
    fn or_u8(&self, a: u64, v: u8) -> Result<(), Fault> {
        // An atomic OR on the byte, as a CAS loop on its word.
        let word = a & !7;
        let shift = (a & 7) * 8;
        loop {
            let old = heap().load_u64(word)?;
            if heap().cas_u64(word, old, old | ((v as u64) << shift))? {
                return Ok(());
            }
        }
    }
}

/// How keys of run-time type `ty` hash and compare; None when the type is not comparable.
pub fn key_alg(types: &TypeTable, ty: u32) -> Option<KeyAlg> {
    let rt = types.get(ty);
    Some(match rt.kind {
        Kind::Float32 => KeyAlg::Float32,
        Kind::Float64 => KeyAlg::Float64,
        Kind::Complex64 => KeyAlg::Complex64,
        Kind::Complex128 => KeyAlg::Complex128,
        Kind::String => KeyAlg::String,
        Kind::Interface => KeyAlg::Interface,
        Kind::Slice | Kind::Map | Kind::Func => return None,
        Kind::Array => {
            let e = rt.elem?;
            KeyAlg::Array {
                elem: Box::new(key_alg(types, e)?),
                elem_size: types.get(e).size,
                len: rt.len,
            }
        }
        Kind::Struct => {
            let mut fields = Vec::new();
            for f in &rt.fields {
                let alg = key_alg(types, f.ty)?;
                if f.name != "_" {
                    fields.push(KeyField {
                        offset: f.offset,
                        alg,
                    });
                }
            }
            KeyAlg::Struct { fields }
        }
        _ => KeyAlg::Mem { size: rt.size },
    })
}

/// The program's run-time types as the hmap's interface-key hashing needs them.
struct RtDyn {
    names: Vec<String>,
    algs: Vec<Option<KeyAlg>>,
    direct: Vec<bool>,
}

impl DynTypes for RtDyn {
    fn lookup(&self, type_word: u64) -> DynType<'_> {
        let i = TypeTable::word_index(type_word);
        match i {
            Some(i) if (i as usize) < self.names.len() => {
                let i = i as usize;
                DynType {
                    name: &self.names[i],
                    alg: self.algs[i].as_ref(),
                    direct: self.direct[i],
                }
            }
            _ => DynType {
                name: "?",
                alg: None,
                direct: true,
            },
        }
    }
}

/// The descriptor of the map type with run-time type `map_ty`, for walking a map (its
/// zero value is not needed there).
pub fn map_type(prog: &Program, map_ty: u32) -> Option<MapType> {
    let t = &prog.rtypes;
    let rt = t.get(map_ty);
    let (k, e) = (rt.key?, rt.elem?);
    let dyn_types: Arc<dyn DynTypes> = Arc::new(RtDyn {
        names: (0..t.len() as u32).map(|i| t.get(i).name.clone()).collect(),
        algs: (0..t.len() as u32).map(|i| key_alg(t, i)).collect(),
        direct: (0..t.len() as u32)
            .map(|i| t.get(i).kind.is_pointer_shaped())
            .collect(),
    });
    let (kt, et) = (t.get(k), t.get(e));
    let alg = key_alg(t, k)?;
    Some(MapType::new(
        kt.size,
        kt.ptrmask.clone(),
        alg,
        et.size,
        et.ptrmask.clone(),
        Some(dyn_types),
        0,
    ))
}

/// The (key address, elem address) pairs of map `h`, in iteration order.
pub fn entries(prog: &Program, map_ty: u32, h: u64) -> Vec<(u64, u64)> {
    use crate::runtime::hmap::{Hiter, mapiterinit, mapiternext};
    let mut out = Vec::new();
    let Some(mt) = map_type(prog, map_ty) else {
        return out;
    };
    if h == 0 {
        return out;
    }
    // Iteration never allocates, so a private cache does.
    let mut cache = Mcache::new();
    let mem = HeapMem {
        cache: RefCell::new(&mut cache),
    };
    let mut it = Hiter::default();
    if mapiterinit(&mt, &mem, h, &mut it).is_err() {
        return out;
    }
    while it.key != 0 {
        out.push((it.key, it.elem));
        if mapiternext(&mt, &mem, &mut it).is_err() {
            break;
        }
    }
    out
}

/// Builds the map descriptors of `prog`, allocating the zero value lookups return.
pub fn build(prog: &Program, cache: &mut Mcache) -> Maps {
    let t = &prog.rtypes;
    let dyn_types: Arc<dyn DynTypes> = Arc::new(RtDyn {
        names: (0..t.len() as u32).map(|i| t.get(i).name.clone()).collect(),
        algs: (0..t.len() as u32).map(|i| key_alg(t, i)).collect(),
        direct: (0..t.len() as u32)
            .map(|i| t.get(i).kind.is_pointer_shaped())
            .collect(),
    });
    let max_elem = prog
        .map_descs
        .iter()
        .map(|d| t.get(d.elem).size)
        .max()
        .unwrap_or(0)
        .max(16);
    let max_key = prog
        .map_descs
        .iter()
        .map(|d| t.get(d.key).size)
        .max()
        .unwrap_or(0)
        .max(16);
    let zero = heap().alloc(cache, max_elem, None);
    let types: Vec<MapType> = prog
        .map_descs
        .iter()
        .map(|d| {
            let (k, e) = (t.get(d.key), t.get(d.elem));
            let alg = key_alg(t, d.key).unwrap_or(KeyAlg::Mem { size: k.size });
            MapType::new(
                k.size,
                k.ptrmask.clone(),
                alg,
                e.size,
                e.ptrmask.clone(),
                Some(dyn_types.clone()),
                zero,
            )
        })
        .collect();
    let fast = prog
        .map_descs
        .iter()
        .zip(&types)
        .map(|(d, t)| {
            t.fast
                .filter(|&k| fast_layout_fits(k, &prog.layouts[d.key_lay as usize]))
        })
        .collect();
    Maps {
        types,
        fast,
        max_key,
        zero,
    }
}
