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

#[cfg(test)]
mod tests {
    use super::super::object::{ObjKind, Object};
    use super::super::type_::{Field, Type, TypeId, World};
    use super::super::typestring::Qualifier;

    fn field(w: &mut World, name: &str, ty: TypeId) -> Field {
        let obj = w.add_obj(Object {
            name: name.into(),
            kind: ObjKind::Var {
                used: true,
                field: true,
                embedded: false,
                param: false,
            },
            ty,
            pos: 0,
            file: None,
            pkg: None,
            parent: None,
        });
        Field {
            name: name.into(),
            ty,
            embedded: false,
            tag: None,
            obj,
        }
    }

    /// Expected values come from `unsafe.Sizeof` & co. printed by go1.23.5 on amd64.
    #[test]
    fn sizes_match_gc() {
        let mut w = World::new();
        let (b, i64t, i32t, i16t) = (
            w.basic("bool"),
            w.basic("int64"),
            w.basic("int32"),
            w.basic("int16"),
        );
        let fs = vec![
            field(&mut w, "A", b),
            field(&mut w, "B", i64t),
            field(&mut w, "C", b),
        ];
        let s = w.add_type(Type::Struct { fields: fs });
        assert_eq!((w.sizeof(s), w.alignof(s), w.offsetsof(s)[2]), (24, 8, 16));
        let empty = w.add_type(Type::Struct { fields: vec![] });
        let fz = vec![field(&mut w, "A", i32t), field(&mut w, "B", empty)];
        let z = w.add_type(Type::Struct { fields: fz });
        assert_eq!(w.sizeof(z), 8);
        assert_eq!(w.alignof(w.basic("complex64")), 4);
        let a = w.array(3, i16t);
        assert_eq!(w.sizeof(a), 6);
        assert_eq!(w.sizeof(w.universe_ids.any), 16);
        let m = w.map(w.basic("string"), w.basic("int"));
        assert_eq!(w.sizeof(m), 8);
    }

    /// Expected strings come from go1.23.5: `%T` and types2 messages.
    #[test]
    fn type_strings() {
        let mut w = World::new();
        let (int, string) = (w.basic("int"), w.basic("string"));
        let ss = w.slice(string);
        let fs = vec![field(&mut w, "A", int), field(&mut w, "B", ss)];
        let s = w.add_type(Type::Struct { fields: fs });
        assert_eq!(
            w.type_string(s, Qualifier::Reflect),
            "struct { A int; B []string }"
        );
        assert_eq!(
            w.type_string(s, Qualifier::Full),
            "struct{A int; B []string}"
        );
        assert_eq!(w.type_string(w.universe_ids.any, Qualifier::Full), "any");
        assert_eq!(
            w.type_string(w.universe_ids.empty_iface, Qualifier::Full),
            "interface{}"
        );
        assert_eq!(
            w.type_string(w.universe_ids.empty_iface, Qualifier::Reflect),
            "interface {}"
        );
        let c = w.chan(crate::syntax::ast::ChanDir::Recv, int);
        assert_eq!(w.type_string(c, Qualifier::Full), "<-chan int");
        let err = w.universe_ids.error;
        let sig = w.add_type(Type::Signature(super::super::type_::Signature {
            recv: None,
            params: vec![
                super::super::type_::Param {
                    name: "x".into(),
                    ty: int,
                },
                super::super::type_::Param {
                    name: "y".into(),
                    ty: ss,
                },
            ],
            results: vec![
                super::super::type_::Param {
                    name: String::new(),
                    ty: int,
                },
                super::super::type_::Param {
                    name: String::new(),
                    ty: err,
                },
            ],
            variadic: true,
        }));
        assert_eq!(
            w.type_string(sig, Qualifier::Full),
            "func(x int, y ...string) (int, error)"
        );
        assert_eq!(
            w.type_string(sig, Qualifier::Reflect),
            "func(int, ...string) (int, error)"
        );
        assert!(w.identical(w.basic("byte"), w.basic("uint8")));
        assert!(!w.identical(w.basic("int"), w.basic("int64")));
    }
}
