//! gc's sizes, alignments and field offsets for amd64 (types2 `gcsizes.go`), so that
//! `unsafe.Sizeof`, `Alignof` and `Offsetof` give the constants gc computes.

use super::type_::{BasicKind, Type, TypeId, World};

pub const WORD_SIZE: i64 = 8;
pub const MAX_ALIGN: i64 = 8;

fn align(x: i64, a: i64) -> i64 {
    (x + a - 1) / a * a
}

impl World {
    pub fn alignof(&self, t: TypeId) -> i64 {
        let u = self.under(t);
        match self.ty(u) {
            Type::Array { elem, .. } => return self.alignof(*elem),
            Type::Struct { fields } => {
                return fields
                    .iter()
                    .map(|f| self.alignof(f.ty))
                    .max()
                    .unwrap_or(1)
                    .max(1);
            }
            Type::Slice(_) | Type::Interface(_) => return WORD_SIZE,
            Type::Basic { kind, .. } if kind.is_string() => return WORD_SIZE,
            _ => {}
        }
        let mut a = self.sizeof(t);
        if a < 1 {
            return 1;
        }
        if self.is_complex(t) {
            a /= 2;
        }
        a.min(MAX_ALIGN)
    }

    pub fn sizeof(&self, t: TypeId) -> i64 {
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic { kind, .. } => {
                use BasicKind::*;
                match kind {
                    Bool | Int8 | Uint8 => 1,
                    Int16 | Uint16 => 2,
                    Int32 | Uint32 | Float32 => 4,
                    Int64 | Uint64 | Float64 | Complex64 => 8,
                    Complex128 => 16,
                    String => 16,
                    Int | Uint | Uintptr | UnsafePointer => WORD_SIZE,
                    _ => WORD_SIZE,
                }
            }
            Type::Array { len, elem } => {
                if *len <= 0 {
                    return 0;
                }
                let esize = self.sizeof(*elem);
                if esize == 0 {
                    return 0;
                }
                let a = self.alignof(*elem);
                align(esize, a) * (len - 1) + esize
            }
            Type::Slice(_) => 3 * WORD_SIZE,
            Type::Struct { fields } => {
                let n = fields.len();
                if n == 0 {
                    return 0;
                }
                let offs = self.offsetsof(u);
                let o = offs[n - 1];
                let mut size = self.sizeof(fields[n - 1].ty);
                if o > 0 && size == 0 {
                    size = 1;
                }
                align(o + size, self.alignof(u))
            }
            Type::Interface(_) => 2 * WORD_SIZE,
            _ => WORD_SIZE,
        }
    }

    /// Field offsets of a struct type.
    pub fn offsetsof(&self, t: TypeId) -> Vec<i64> {
        let u = self.under(t);
        let Type::Struct { fields } = self.ty(u) else {
            return vec![];
        };
        let mut offs = 0;
        let mut out = Vec::with_capacity(fields.len());
        for f in fields {
            let a = self.alignof(f.ty);
            offs = align(offs, a);
            out.push(offs);
            offs += self.sizeof(f.ty);
        }
        out
    }
}
