//! The compiler's view of types: their shape and their layout.
//!
//! The checker owns Go's type system (identity, assignability, method sets). The compiler
//! needs less and something else: for each type, how many register words a value takes
//! and which of them are pointers, its size/alignment/field offsets in the heap (gc's
//! amd64 layout), and enough structure to pick instructions. The checker adapter
//! ([`super::facts::Facts`]) translates each checker type into a [`CType`] once.

/// Index into [`CTypes`].
pub type TyId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntKind {
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
}

impl IntKind {
    pub fn size(self) -> u64 {
        match self {
            IntKind::Int8 | IntKind::Uint8 => 1,
            IntKind::Int16 | IntKind::Uint16 => 2,
            IntKind::Int32 | IntKind::Uint32 => 4,
            _ => 8,
        }
    }
    pub fn signed(self) -> bool {
        matches!(
            self,
            IntKind::Int | IntKind::Int8 | IntKind::Int16 | IntKind::Int32 | IntKind::Int64
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CField {
    pub name: String,
    pub ty: TyId,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CSig {
    pub params: Vec<TyId>,
    pub results: Vec<TyId>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Bool,
    Int(IntKind),
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    Pointer(TyId),
    Slice(TyId),
    Array {
        len: u64,
        elem: TyId,
    },
    Struct(Vec<CField>),
    Map {
        key: TyId,
        elem: TyId,
    },
    Chan {
        elem: TyId,
    },
    Func(CSig),
    /// Methods sorted by name, with the type string of their signature
    /// (`func() error`): a method matches only with the same name and signature.
    Interface(Vec<(String, String)>),
    /// Multiple results of a call.
    Tuple(Vec<TyId>),
    /// The type of `nil` before it is converted.
    UntypedNil,
}

/// A type with its layout, computed once.
#[derive(Clone, Debug)]
pub struct CType {
    pub shape: Shape,
    /// `main.Point` for defined types, else None.
    pub name: Option<String>,
    /// The type as `%T` prints it.
    pub string: String,
    pub size: u64,
    pub align: u64,
    /// Register words of a value, with their kinds (true = pointer).
    pub words: Vec<bool>,
    /// Byte offset of each struct field (empty for other shapes).
    pub offsets: Vec<u64>,
}

/// All types the compiler has seen, interned by the adapter.
#[derive(Default, Debug)]
pub struct CTypes {
    pub types: Vec<CType>,
}

impl CTypes {
    pub fn get(&self, t: TyId) -> &CType {
        &self.types[t as usize]
    }

    pub fn shape(&self, t: TyId) -> &Shape {
        &self.types[t as usize].shape
    }

    /// Adds a type, computing its layout from its shape (element types must exist).
    pub fn add(&mut self, shape: Shape, name: Option<String>, string: String) -> TyId {
        let (size, align, words, offsets) = self.compute_layout(&shape);
        self.types.push(CType {
            shape,
            name,
            string,
            size,
            align,
            words,
            offsets,
        });
        self.types.len() as TyId - 1
    }

    /// gc's amd64 layout (types2 gcsizes.go) and the register representation of
    /// ARCHITECTURE.md: one word per scalar/pointer; string 2 (ptr, len); slice 3;
    /// interface 2 (type word, data pointer); complex 2; struct and array concatenated.
    fn compute_layout(&self, shape: &Shape) -> (u64, u64, Vec<bool>, Vec<u64>) {
        match shape {
            Shape::Bool => (1, 1, vec![false], vec![]),
            Shape::Int(k) => (k.size(), k.size(), vec![false], vec![]),
            Shape::Float32 => (4, 4, vec![false], vec![]),
            Shape::Float64 => (8, 8, vec![false], vec![]),
            Shape::Complex64 => (8, 4, vec![false, false], vec![]),
            Shape::Complex128 => (16, 8, vec![false, false], vec![]),
            Shape::String => (16, 8, vec![true, false], vec![]),
            Shape::UnsafePointer
            | Shape::Pointer(_)
            | Shape::Map { .. }
            | Shape::Chan { .. }
            | Shape::Func(_) => (8, 8, vec![true], vec![]),
            Shape::UntypedNil => (8, 8, vec![true], vec![]),
            Shape::Slice(_) => (24, 8, vec![true, false, false], vec![]),
            Shape::Interface(_) => (16, 8, vec![false, true], vec![]),
            Shape::Array { len, elem } => {
                let e = self.get(*elem);
                let mut words = Vec::with_capacity(e.words.len() * *len as usize);
                for _ in 0..*len {
                    words.extend_from_slice(&e.words);
                }
                (e.size * len, e.align, words, vec![])
            }
            Shape::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                let mut words = Vec::new();
                let mut offsets = Vec::with_capacity(fields.len());
                for f in fields {
                    let ft = self.get(f.ty);
                    off = off.next_multiple_of(ft.align);
                    offsets.push(off);
                    off += ft.size;
                    align = align.max(ft.align);
                    words.extend_from_slice(&ft.words);
                }
                // gc pads a struct ending in a zero-size field so that a pointer to it
                // cannot point past the object (types2 gcsizes.go, "final zero-sized field").
                if let Some(last) = fields.last() {
                    if self.get(last.ty).size == 0 && off > 0 {
                        off += 1;
                    }
                }
                (off.next_multiple_of(align), align, words, offsets)
            }
            Shape::Tuple(ts) => {
                let mut words = Vec::new();
                for t in ts {
                    words.extend_from_slice(&self.get(*t).words);
                }
                (0, 1, words, vec![])
            }
        }
    }

    /// The register ↔ memory layout of a value of type `t` (see `interp::mem`).
    pub fn mem_layout(&self, t: TyId) -> crate::interp::mem::Layout {
        let mut moves = Vec::new();
        let mut reg = 0u32;
        self.push_moves(t, 0, &mut reg, &mut moves);
        crate::interp::mem::Layout {
            size: self.get(t).size,
            moves,
            ptrmask: self.ptrmask(t),
        }
    }

    fn push_moves(
        &self,
        t: TyId,
        off: u64,
        reg: &mut u32,
        out: &mut Vec<crate::interp::mem::Move>,
    ) {
        use crate::interp::mem::{MemKind as K, Move};
        let mut push = |reg: &mut u32, off: u64, kind: K| {
            out.push(Move {
                reg: *reg,
                off: off as u32,
                kind,
            });
            *reg += 1;
        };
        match &self.get(t).shape {
            Shape::Bool => push(reg, off, K::U8),
            Shape::Int(k) => push(
                reg,
                off,
                match (k.size(), k.signed()) {
                    (1, true) => K::I8,
                    (1, false) => K::U8,
                    (2, true) => K::I16,
                    (2, false) => K::U16,
                    (4, true) => K::I32,
                    (4, false) => K::U32,
                    _ => K::W64,
                },
            ),
            Shape::Float32 => push(reg, off, K::F32),
            Shape::Float64 => push(reg, off, K::W64),
            Shape::Complex64 => {
                push(reg, off, K::F32);
                push(reg, off + 4, K::F32);
            }
            Shape::Complex128 => {
                push(reg, off, K::W64);
                push(reg, off + 8, K::W64);
            }
            Shape::String => {
                push(reg, off, K::Ptr);
                push(reg, off + 8, K::W64);
            }
            Shape::Slice(_) => {
                push(reg, off, K::Ptr);
                push(reg, off + 8, K::W64);
                push(reg, off + 16, K::W64);
            }
            Shape::Interface(_) => {
                push(reg, off, K::W64);
                push(reg, off + 8, K::Ptr);
            }
            Shape::UnsafePointer
            | Shape::Pointer(_)
            | Shape::Map { .. }
            | Shape::Chan { .. }
            | Shape::Func(_)
            | Shape::UntypedNil => push(reg, off, K::Ptr),
            Shape::Array { len, elem } => {
                let es = self.get(*elem).size;
                for i in 0..*len {
                    self.push_moves(*elem, off + i * es, reg, out);
                }
            }
            Shape::Struct(fields) => {
                let offs = self.get(t).offsets.clone();
                for (f, o) in fields.iter().zip(offs) {
                    self.push_moves(f.ty, off + o, reg, out);
                }
            }
            Shape::Tuple(_) => {}
        }
    }

    /// The heap pointer mask of a value of type `t`: one bit per 8-byte word of its memory
    /// layout (not its register layout).
    pub fn ptrmask(&self, t: TyId) -> Vec<u64> {
        let size = self.get(t).size;
        let mut mask = vec![0u64; (size.div_ceil(8) as usize).div_ceil(64).max(1)];
        self.mark_pointers(t, 0, &mut mask);
        mask
    }

    fn mark_pointers(&self, t: TyId, base: u64, mask: &mut [u64]) {
        let mut set = |off: u64| {
            let w = (off / 8) as usize;
            mask[w / 64] |= 1 << (w % 64);
        };
        match &self.get(t).shape {
            Shape::String | Shape::Slice(_) => set(base),
            Shape::Interface(_) => set(base + 8),
            Shape::UnsafePointer
            | Shape::Pointer(_)
            | Shape::Map { .. }
            | Shape::Chan { .. }
            | Shape::Func(_) => set(base),
            Shape::Array { len, elem } => {
                let es = self.get(*elem).size;
                for i in 0..*len {
                    self.mark_pointers(*elem, base + i * es, mask);
                }
            }
            Shape::Struct(fields) => {
                let offs = self.get(t).offsets.clone();
                for (f, off) in fields.iter().zip(offs) {
                    self.mark_pointers(f.ty, base + off, mask);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sizes and offsets printed by go1.23.5 (`unsafe.Sizeof`, `unsafe.Offsetof`) for
    /// `struct{ a bool; b int64; c int8; s string; e struct{} }`: 48, offsets 0 8 16 24 40.
    #[test]
    fn struct_layout_is_gcs() {
        let mut t = CTypes::default();
        let b = t.add(Shape::Bool, None, "bool".into());
        let i64_ = t.add(Shape::Int(IntKind::Int64), None, "int64".into());
        let i8_ = t.add(Shape::Int(IntKind::Int8), None, "int8".into());
        let s = t.add(Shape::String, None, "string".into());
        let e = t.add(Shape::Struct(vec![]), None, "struct {}".into());
        let f = |n: &str, ty| CField {
            name: n.into(),
            ty,
            embedded: false,
        };
        let st = t.add(
            Shape::Struct(vec![
                f("a", b),
                f("b", i64_),
                f("c", i8_),
                f("s", s),
                f("e", e),
            ]),
            None,
            "struct".into(),
        );
        assert_eq!(t.get(e).size, 0);
        assert_eq!(t.get(st).offsets, vec![0, 8, 16, 24, 40]);
        assert_eq!(t.get(st).size, 48);
        assert_eq!(t.get(st).words, vec![false, false, false, true, false]);
        assert_eq!(t.ptrmask(st), vec![1 << 3]);
    }
}
