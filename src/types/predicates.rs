//! Type predicates: identity, comparability, `hasNil` (types2 `predicates.go`).

use super::type_::{BasicKind, Type, TypeId, World};

impl World {
    /// Type identity (`Identical`): aliases are transparent, named types are identical
    /// only to themselves, composite types structurally.
    pub fn identical(&self, x: TypeId, y: TypeId) -> bool {
        self.identical_depth(x, y, 0)
    }

    fn identical_depth(&self, x: TypeId, y: TypeId, depth: usize) -> bool {
        let x = self.unalias(x);
        let y = self.unalias(y);
        if x == y {
            return true;
        }
        if depth > 64 {
            return false;
        }
        let id = |a: TypeId, b: TypeId| self.identical_depth(a, b, depth + 1);
        match (self.ty(x), self.ty(y)) {
            (Type::Basic { kind: a, .. }, Type::Basic { kind: b, .. }) => a == b,
            (Type::Pointer(a), Type::Pointer(b)) | (Type::Slice(a), Type::Slice(b)) => id(*a, *b),
            (Type::Array { len: l1, elem: e1 }, Type::Array { len: l2, elem: e2 }) => {
                l1 == l2 && id(*e1, *e2)
            }
            (Type::Map { key: k1, elem: e1 }, Type::Map { key: k2, elem: e2 }) => {
                id(*k1, *k2) && id(*e1, *e2)
            }
            (Type::Chan { dir: d1, elem: e1 }, Type::Chan { dir: d2, elem: e2 }) => {
                d1 == d2 && id(*e1, *e2)
            }
            (Type::Struct { fields: f1 }, Type::Struct { fields: f2 }) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(a, b)| {
                        a.embedded == b.embedded
                            && a.name == b.name
                            && a.tag == b.tag
                            && (self.obj(a.obj).exported()
                                || self.obj(a.obj).pkg == self.obj(b.obj).pkg)
                            && id(a.ty, b.ty)
                    })
            }
            (Type::Signature(s1), Type::Signature(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .all(|(a, b)| id(a.ty, b.ty))
                    && s1
                        .results
                        .iter()
                        .zip(&s2.results)
                        .all(|(a, b)| id(a.ty, b.ty))
            }
            (Type::Interface(i1), Type::Interface(i2)) => {
                let (m1, m2) = (&i1.all_methods, &i2.all_methods);
                m1.len() == m2.len()
                    && m1.iter().zip(m2).all(|(&a, &b)| {
                        let (oa, ob) = (self.obj(a), self.obj(b));
                        oa.name == ob.name
                            && (oa.exported() || oa.pkg == ob.pkg)
                            && id(oa.ty, ob.ty)
                    })
            }
            (Type::Tuple(a), Type::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| id(*x, *y))
            }
            _ => false,
        }
    }

    /// Whether values of `t` can be compared with `==` (`comparableType`); on failure
    /// returns the reason types2 appends to its message.
    pub fn comparable(&self, t: TypeId) -> Result<(), String> {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: usize) -> Result<(), String> {
        if depth > 64 {
            return Ok(());
        }
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic { kind, .. } => {
                if *kind == BasicKind::UntypedNil {
                    Err(String::new())
                } else {
                    Ok(())
                }
            }
            Type::Pointer(_) | Type::Chan { .. } | Type::Interface(_) => Ok(()),
            Type::Struct { fields } => {
                for f in fields {
                    if self.comparable_depth(f.ty, depth + 1).is_err() {
                        let q = super::typestring::Qualifier::Reflect;
                        let _ = q;
                        return Err(format!(
                            "struct containing {} cannot be compared",
                            self.type_string(f.ty, super::typestring::Qualifier::Full)
                        ));
                    }
                }
                Ok(())
            }
            Type::Array { elem, .. } => {
                if self.comparable_depth(*elem, depth + 1).is_err() {
                    return Err(format!(
                        "{} cannot be compared",
                        self.type_string(t, super::typestring::Qualifier::Full)
                    ));
                }
                Ok(())
            }
            _ => Err(String::new()),
        }
    }

    /// Whether `nil` is a value of `t` (`hasNil`).
    pub fn has_nil(&self, t: TypeId) -> bool {
        match self.ty(self.under(t)) {
            Type::Basic { kind, .. } => *kind == BasicKind::UnsafePointer,
            Type::Slice(_)
            | Type::Pointer(_)
            | Type::Signature(_)
            | Type::Map { .. }
            | Type::Chan { .. }
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    /// The default type of an untyped type (`Default`).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.ty(t) {
            Type::Basic { kind, .. } => match kind {
                BasicKind::UntypedBool => self.basic("bool"),
                BasicKind::UntypedInt => self.basic("int"),
                BasicKind::UntypedRune => self.basic("rune"),
                BasicKind::UntypedFloat => self.basic("float64"),
                BasicKind::UntypedComplex => self.basic("complex128"),
                BasicKind::UntypedString => self.basic("string"),
                _ => t,
            },
            _ => t,
        }
    }
}
