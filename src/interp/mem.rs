//! Moving values between registers and the heap, and the bounds checks of indexing and
//! slicing with Go's panic texts.
//!
//! A value of any type moves between its register words and its heap layout through a
//! [`Layout`]: the list of (register word, byte offset, memory kind) triples the compiler
//! computes once per type. A struct `{a int8; s string}` has three moves: `a` as one byte at
//! offset 0, the string's pointer word at 8 (a pointer store, through the write barrier),
//! its length at 16.

use crate::runtime::heap::{Fault, heap};

/// How one register word is stored in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MemKind {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    /// An 8-byte scalar.
    W64,
    /// An 8-byte pointer: stores go through the write barrier.
    Ptr,
    /// A float32 in memory, a float64 in its register.
    F32,
}

impl MemKind {
    pub fn size(self) -> u64 {
        match self {
            MemKind::I8 | MemKind::U8 => 1,
            MemKind::I16 | MemKind::U16 => 2,
            MemKind::I32 | MemKind::U32 | MemKind::F32 => 4,
            MemKind::W64 | MemKind::Ptr => 8,
        }
    }
}

#[inline]
pub fn load(kind: MemKind, addr: u64) -> Result<u64, Fault> {
    let h = heap();
    Ok(match kind {
        MemKind::I8 => h.load_u8(addr)? as i8 as i64 as u64,
        MemKind::U8 => h.load_u8(addr)? as u64,
        MemKind::I16 => h.load_u16(addr)? as i16 as i64 as u64,
        MemKind::U16 => h.load_u16(addr)? as u64,
        MemKind::I32 => h.load_u32(addr)? as i32 as i64 as u64,
        MemKind::U32 => h.load_u32(addr)? as u64,
        MemKind::W64 => h.load_u64(addr)?,
        MemKind::Ptr => h.load_ptr(addr)?,
        MemKind::F32 => (f32::from_bits(h.load_u32(addr)?) as f64).to_bits(),
    })
}

#[inline]
pub fn store(kind: MemKind, addr: u64, v: u64) -> Result<(), Fault> {
    let h = heap();
    match kind {
        MemKind::I8 | MemKind::U8 => h.store_u8(addr, v as u8),
        MemKind::I16 | MemKind::U16 => h.store_u16(addr, v as u16),
        MemKind::I32 | MemKind::U32 => h.store_u32(addr, v as u32),
        MemKind::W64 => h.store_u64(addr, v),
        MemKind::Ptr => h.store_ptr(addr, v),
        MemKind::F32 => h.store_u32(addr, (f64::from_bits(v) as f32).to_bits()),
    }
}

/// One register word of a value and where it lives in the value's memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub reg: u32,
    pub off: u32,
    pub kind: MemKind,
}

/// How a type's value is laid out, register side and memory side.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub size: u64,
    pub moves: Vec<Move>,
    /// The heap pointer mask of the memory layout (one bit per 8-byte word).
    pub ptrmask: Vec<u64>,
}

impl Layout {
    pub fn has_pointers(&self) -> bool {
        self.ptrmask.iter().any(|w| *w != 0)
    }

    /// The register words a value of this layout occupies (one past its highest move).
    pub fn reg_words(&self) -> usize {
        self.moves
            .iter()
            .map(|mv| mv.reg as usize + 1)
            .max()
            .unwrap_or(0)
    }

    /// Loads the value at `addr` into `regs[..]`.
    #[inline]
    pub fn load(&self, addr: u64, regs: &mut [u64]) -> Result<(), Fault> {
        if let [m] = self.moves.as_slice() {
            // One word (integers, pointers, floats): the common case, inline.
            regs[m.reg as usize] = load(m.kind, addr + m.off as u64)?;
            return Ok(());
        }
        self.load_words(addr, regs)
    }

    fn load_words(&self, addr: u64, regs: &mut [u64]) -> Result<(), Fault> {
        for m in &self.moves {
            regs[m.reg as usize] = load(m.kind, addr + m.off as u64)?;
        }
        Ok(())
    }

    /// Stores `regs[..]` as a value at `addr`.
    #[inline]
    pub fn store(&self, addr: u64, regs: &[u64]) -> Result<(), Fault> {
        if let [m] = self.moves.as_slice() {
            return store(m.kind, addr + m.off as u64, regs[m.reg as usize]);
        }
        self.store_words(addr, regs)
    }

    fn store_words(&self, addr: u64, regs: &[u64]) -> Result<(), Fault> {
        for m in &self.moves {
            store(m.kind, addr + m.off as u64, regs[m.reg as usize])?;
        }
        Ok(())
    }
}

/// gc's `boundsErrorCode` (runtime/error.go).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundsCode {
    Index,
    SliceAlen,
    SliceAcap,
    SliceB,
    Slice3Alen,
    Slice3Acap,
    Slice3B,
    Slice3C,
    Convert,
}

/// A failed bounds check: gc's `boundsError`. `x` is the offending index, printed signed or
/// unsigned as its Go type is; `y` is the length, capacity or other bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoundsError {
    pub code: BoundsCode,
    pub x: i64,
    pub signed: bool,
    pub y: i64,
}

impl BoundsError {
    /// The text after `panic: runtime error: `.
    pub fn message(&self) -> String {
        let x = if self.signed {
            self.x.to_string()
        } else {
            (self.x as u64).to_string()
        };
        let y = self.y;
        if self.signed && self.x < 0 {
            return match self.code {
                BoundsCode::Index => format!("index out of range [{x}]"),
                BoundsCode::SliceAlen | BoundsCode::SliceAcap => {
                    format!("slice bounds out of range [:{x}]")
                }
                BoundsCode::SliceB => format!("slice bounds out of range [{x}:]"),
                BoundsCode::Slice3Alen | BoundsCode::Slice3Acap => {
                    format!("slice bounds out of range [::{x}]")
                }
                BoundsCode::Slice3B => format!("slice bounds out of range [:{x}:]"),
                BoundsCode::Slice3C => format!("slice bounds out of range [{x}::]"),
                BoundsCode::Convert => format!(
                    "cannot convert slice with length {y} to array or pointer to array with length {x}"
                ),
            };
        }
        match self.code {
            BoundsCode::Index => format!("index out of range [{x}] with length {y}"),
            BoundsCode::SliceAlen => format!("slice bounds out of range [:{x}] with length {y}"),
            BoundsCode::SliceAcap => format!("slice bounds out of range [:{x}] with capacity {y}"),
            BoundsCode::SliceB => format!("slice bounds out of range [{x}:{y}]"),
            BoundsCode::Slice3Alen => format!("slice bounds out of range [::{x}] with length {y}"),
            BoundsCode::Slice3Acap => {
                format!("slice bounds out of range [::{x}] with capacity {y}")
            }
            BoundsCode::Slice3B => format!("slice bounds out of range [:{x}:{y}]"),
            BoundsCode::Slice3C => format!("slice bounds out of range [{x}:{y}:]"),
            BoundsCode::Convert => format!(
                "cannot convert slice with length {y} to array or pointer to array with length {x}"
            ),
        }
    }
}

/// The checks of `s[lo:hi]` (or `s[lo:hi:max]` when `max` is Some), in gc's order: the
/// last index first (`boundsSliceA*`), then `hi` against it, then `lo` against `hi`.
/// `bound` is the capacity for slices and the length for strings and arrays.
pub fn check_slice(
    lo: i64,
    hi: i64,
    max: Option<i64>,
    bound: i64,
    bound_is_cap: bool,
    signed: bool,
) -> Result<(), BoundsError> {
    let err = |code, x, y| Err(BoundsError { code, x, signed, y });
    let out_of = |v: i64, b: i64| {
        if signed {
            v < 0 || v > b
        } else {
            (v as u64) > (b as u64)
        }
    };
    match max {
        None => {
            if out_of(hi, bound) {
                return err(
                    if bound_is_cap {
                        BoundsCode::SliceAcap
                    } else {
                        BoundsCode::SliceAlen
                    },
                    hi,
                    bound,
                );
            }
            if out_of(lo, hi) {
                return err(BoundsCode::SliceB, lo, hi);
            }
        }
        Some(max) => {
            if out_of(max, bound) {
                return err(
                    if bound_is_cap {
                        BoundsCode::Slice3Acap
                    } else {
                        BoundsCode::Slice3Alen
                    },
                    max,
                    bound,
                );
            }
            if out_of(hi, max) {
                return err(BoundsCode::Slice3B, hi, max);
            }
            if out_of(lo, hi) {
                return err(BoundsCode::Slice3C, lo, hi);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts from go1.23.5 (go-runtime-1.23.md, 1b, verified rows).
    #[test]
    fn bounds_messages_are_gos() {
        let e = |code, x, y| {
            BoundsError {
                code,
                x,
                signed: true,
                y,
            }
            .message()
        };
        assert_eq!(
            e(BoundsCode::Index, 5, 3),
            "index out of range [5] with length 3"
        );
        assert_eq!(e(BoundsCode::Index, -1, 3), "index out of range [-1]");
        assert_eq!(
            e(BoundsCode::SliceAcap, 10, 5),
            "slice bounds out of range [:10] with capacity 5"
        );
        assert_eq!(
            e(BoundsCode::SliceAlen, 10, 3),
            "slice bounds out of range [:10] with length 3"
        );
        assert_eq!(
            e(BoundsCode::SliceB, 3, 2),
            "slice bounds out of range [3:2]"
        );
        assert_eq!(
            e(BoundsCode::SliceB, -1, 2),
            "slice bounds out of range [-1:]"
        );
        assert_eq!(
            e(BoundsCode::Slice3Acap, 10, 5),
            "slice bounds out of range [::10] with capacity 5"
        );
        assert_eq!(
            e(BoundsCode::Slice3B, 3, 2),
            "slice bounds out of range [:3:2]"
        );
        assert_eq!(
            e(BoundsCode::Slice3C, 3, 2),
            "slice bounds out of range [3:2:]"
        );
        assert_eq!(
            e(BoundsCode::Convert, 4, 3),
            "cannot convert slice with length 3 to array or pointer to array with length 4"
        );
        let u = BoundsError {
            code: BoundsCode::Index,
            x: -1,
            signed: false,
            y: 3,
        }
        .message();
        assert_eq!(u, "index out of range [18446744073709551615] with length 3");
    }

    #[test]
    fn slice_checks_in_gcs_order() {
        assert_eq!(
            check_slice(0, 10, None, 5, true, true).unwrap_err().code,
            BoundsCode::SliceAcap
        );
        assert_eq!(
            check_slice(3, 2, None, 5, true, true).unwrap_err().code,
            BoundsCode::SliceB
        );
        assert_eq!(
            check_slice(-1, 2, None, 5, true, true)
                .unwrap_err()
                .message(),
            "slice bounds out of range [-1:]"
        );
        assert_eq!(
            check_slice(0, 1, Some(10), 5, true, true).unwrap_err().code,
            BoundsCode::Slice3Acap
        );
        assert_eq!(
            check_slice(0, 3, Some(2), 5, true, true).unwrap_err().code,
            BoundsCode::Slice3B
        );
        assert!(check_slice(1, 2, Some(3), 5, true, true).is_ok());
    }
}
