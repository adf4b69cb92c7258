//! The checker adapter: answers the compiler's [`Facts`] questions from a checked
//! package (`types::Package` + `types::Info`), translating the checker's types into the
//! compiler's layout types ([`CTypes`]) once each.

use super::ctypes::{CField, CSig, CTypes, IntKind, Shape, TyId};
use super::facts::{Builtin, ConstVal, ExprClass, Facts, ObjId, ObjInfo, ObjKind, Selection};
use crate::fxhash::HashMap;
use crate::syntax::ast::NodeId;
use crate::types::{
    self, BasicKind, ConstValue, Info, Mode, Package, Qualifier, SelectionKind, Type, TypeId, World,
};
use num_traits::ToPrimitive;
use std::cell::RefCell;

pub struct CheckedFacts<'a> {
    world: &'a World,
    info: &'a Info,
    pkg: &'a Package,
    types: CTypes,
    ty_map: HashMap<TypeId, TyId>,
    objs: HashMap<u32, ObjInfo>,
    /// Declared methods of each defined type (for `T` and `*T`).
    method_sets: HashMap<TyId, Vec<super::facts::MethodInfo>>,
    /// Objects converted lazily by `obj` (the trait hands out references).
    _lazy: RefCell<()>,
}

impl<'a> CheckedFacts<'a> {
    pub fn new(pkg: &'a Package, info: &'a Info) -> CheckedFacts<'a> {
        let mut f = CheckedFacts {
            world: &pkg.world,
            info,
            pkg,
            types: CTypes::default(),
            ty_map: HashMap::default(),
            objs: HashMap::default(),
            method_sets: HashMap::default(),
            _lazy: RefCell::new(()),
        };
        // Convert every type and object the compiler can ask about, up front, so the
        // trait's methods can take `&self`.
        let mut tys: Vec<TypeId> = info.types.values().map(|tv| tv.ty).collect();
        tys.sort_by_key(|t| t.0);
        tys.dedup();
        for t in tys {
            f.conv(t);
        }
        let mut objs: Vec<types::ObjId> = info
            .defs
            .values()
            .chain(info.uses.values())
            .chain(info.implicits.values())
            .copied()
            .collect();
        objs.sort_by_key(|o| o.0);
        objs.dedup();
        for o in objs {
            let oi = f.conv_obj(o);
            f.objs.insert(o.0, oi);
        }
        // Method sets of every type seen, for interface method tables: declared methods,
        // and methods promoted through embedded fields (Go spec, "Selectors" and
        // "Method sets": the shallowest depth wins, two at the same depth cancel out).
        let all: Vec<(TypeId, TyId)> = f.ty_map.iter().map(|(a, b)| (*a, *b)).collect();
        for (t, ct) in all {
            let set = f.method_set_of(t);
            if !set.is_empty() {
                f.method_sets.insert(ct, set);
            }
        }
        f
    }

    /// The method set of `t` (a type or a pointer to one), sorted by name.
    fn method_set_of(&mut self, t: TypeId) -> Vec<super::facts::MethodInfo> {
        use super::facts::{MethodInfo, MethodTarget};
        let w = self.world;
        let (base, is_ptr) = match w.ty(w.unalias(t)) {
            Type::Pointer(e) => (w.unalias(*e), true),
            _ => (w.unalias(t), false),
        };
        if matches!(w.ty(w.under(base)), Type::Interface(_)) {
            return Vec::new();
        }
        // Breadth-first over embedded fields: (type, path of field indices, whether a
        // pointer was followed or the receiver is addressable).
        let mut found: Vec<(String, usize, Option<MethodInfo>)> = Vec::new();
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(base, vec![], is_ptr)];
        let mut seen_types: Vec<TypeId> = Vec::new();
        for depth in 0..8 {
            let mut next = Vec::new();
            let mut here: Vec<(String, Option<MethodInfo>)> = Vec::new();
            for (ty, path, addressable) in &level {
                let ty = w.unalias(*ty);
                if seen_types.contains(&ty) {
                    continue;
                }
                seen_types.push(ty);
                // Declared methods of a defined type.
                if let Type::Named { methods, .. } = w.ty(ty) {
                    for m in methods.clone() {
                        let ptr = self.ptr_recv(m);
                        let name = w.obj(m).name.clone();
                        let usable = !ptr || *addressable;
                        let info = MethodInfo {
                            name: name.clone(),
                            func: m.0,
                            ptr_recv: ptr,
                            sig: w.type_string(w.obj(m).ty, Qualifier::Reflect),
                            path: path.clone(),
                            target: MethodTarget::Direct,
                        };
                        here.push((name, usable.then_some(info)));
                    }
                }
                match w.ty(w.under(ty)) {
                    Type::Interface(it) if depth > 0 => {
                        let ms = if it.complete {
                            it.all_methods.clone()
                        } else {
                            it.methods.clone()
                        };
                        for m in ms {
                            let name = w.obj(m).name.clone();
                            let info = MethodInfo {
                                name: name.clone(),
                                func: m.0,
                                ptr_recv: false,
                                sig: w.type_string(w.obj(m).ty, Qualifier::Reflect),
                                path: path.clone(),
                                target: MethodTarget::Iface,
                            };
                            here.push((name, Some(info)));
                        }
                    }
                    Type::Struct { fields } => {
                        for (i, fl) in fields.iter().enumerate() {
                            if !fl.embedded {
                                continue;
                            }
                            let mut p = path.clone();
                            p.push(i);
                            let (ft, fptr) = match w.ty(w.unalias(fl.ty)) {
                                Type::Pointer(e) => (*e, true),
                                _ => (fl.ty, false),
                            };
                            next.push((ft, p, *addressable || fptr));
                        }
                    }
                    _ => {}
                }
            }
            // Names found at this depth: the first (shallowest) depth decides; two at
            // the same depth are ambiguous and give no method.
            let mut names: Vec<String> = here.iter().map(|(n, _)| n.clone()).collect();
            names.sort();
            names.dedup();
            for n in names {
                if found.iter().any(|(f, _, _)| *f == n) {
                    continue;
                }
                let at: Vec<&Option<MethodInfo>> = here
                    .iter()
                    .filter(|(h, _)| *h == n)
                    .map(|(_, i)| i)
                    .collect();
                let m = if at.len() == 1 { at[0].clone() } else { None };
                found.push((n, depth, m));
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        let mut set: Vec<MethodInfo> = found.into_iter().filter_map(|(_, _, m)| m).collect();
        for m in &set {
            if !self.objs.contains_key(&m.func) {
                let oi = self.conv_obj(types::ObjId(m.func));
                self.objs.insert(m.func, oi);
            }
        }
        set.sort_by(|a, b| a.name.cmp(&b.name));
        set
    }

    fn conv_obj(&mut self, o: types::ObjId) -> ObjInfo {
        let obj = self.world.obj(o);
        let ty = self.conv(obj.ty);
        let pkg_path = obj
            .pkg
            .map(|p| self.world.pkg(p).path.clone())
            .unwrap_or_default();
        let kind = match &obj.kind {
            types::ObjKind::Var { .. } => {
                let package_level = obj
                    .parent
                    .is_some_and(|s| obj.pkg.is_some_and(|p| self.world.pkg(p).scope == s));
                if package_level {
                    ObjKind::Global { pkg: pkg_path }
                } else {
                    ObjKind::Local {
                        heap: self.info.captured.contains(&o) || self.info.addr_taken.contains(&o),
                    }
                }
            }
            types::ObjKind::Const { val } => ObjKind::Const(self.conv_const(val, obj.ty)),
            types::ObjKind::TypeName => ObjKind::TypeName,
            types::ObjKind::Func { has_body } => ObjKind::Func {
                pkg: pkg_path,
                native: !has_body,
            },
            types::ObjKind::PkgName { .. } => ObjKind::PkgName,
            types::ObjKind::Nil => ObjKind::Nil,
            types::ObjKind::Label { .. } => ObjKind::Label,
            types::ObjKind::Builtin(_) => ObjKind::Func {
                pkg: String::new(),
                native: true,
            },
        };
        ObjInfo {
            name: obj.name.clone(),
            kind,
            ty,
        }
    }

    /// A constant in the representation of type `t` (after untyped constants got their
    /// final type).
    fn conv_const(&self, v: &ConstValue, t: TypeId) -> ConstVal {
        let kind = self.world.basic_kind(self.world.under(t));
        let as_f64 = |r: &num_rational::BigRational| r.to_f64().unwrap_or(f64::NAN);
        match v {
            ConstValue::Bool(b) => ConstVal::Bool(*b),
            ConstValue::String(s) => ConstVal::String(s.clone()),
            ConstValue::Int(i) => match kind {
                Some(BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat) => {
                    ConstVal::Float(round_to(kind, i.to_f64().unwrap_or(f64::NAN)))
                }
                Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex) => {
                    ConstVal::Complex(round_to(kind, i.to_f64().unwrap_or(f64::NAN)), 0.0)
                }
                _ => ConstVal::Int(
                    i.to_i64()
                        .map(|x| x as u64)
                        .or_else(|| i.to_u64())
                        .unwrap_or(0),
                ),
            },
            ConstValue::Float(r) => match kind {
                Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex) => {
                    ConstVal::Complex(round_to(kind, as_f64(r)), 0.0)
                }
                Some(k) if is_int_kind(k) => {
                    ConstVal::Int(r.to_integer().to_i64().map(|x| x as u64).unwrap_or(0))
                }
                _ => ConstVal::Float(round_to(kind, as_f64(r))),
            },
            ConstValue::Complex(re, im) => {
                ConstVal::Complex(round_to(kind, as_f64(re)), round_to(kind, as_f64(im)))
            }
            ConstValue::Unknown => ConstVal::Int(0),
        }
    }

    /// The compiler type for a checker type.
    fn conv(&mut self, t: TypeId) -> TyId {
        if let Some(&c) = self.ty_map.get(&t) {
            return c;
        }
        let w = self.world;
        let string = w.type_string(t, Qualifier::Reflect);
        let name = match w.ty(w.unalias(t)) {
            Type::Named { .. } => Some(string.clone()),
            _ => None,
        };
        let u = w.under(t);
        // Pointer-like shapes do not need their element's layout, so they are registered
        // before the element is converted: that is what ends recursion in
        // `type Node struct { next *Node }`.
        let shape = match w.ty(u).clone() {
            Type::Pointer(e) => {
                let id = self.types.add(Shape::Pointer(0), name, string);
                self.ty_map.insert(t, id);
                let ce = self.conv(e);
                self.types.types[id as usize].shape = Shape::Pointer(ce);
                return id;
            }
            Type::Slice(e) => {
                let id = self.types.add(Shape::Slice(0), name, string);
                self.ty_map.insert(t, id);
                let ce = self.conv(e);
                self.types.types[id as usize].shape = Shape::Slice(ce);
                return id;
            }
            Type::Map { key, elem } => {
                let id = self.types.add(Shape::Map { key: 0, elem: 0 }, name, string);
                self.ty_map.insert(t, id);
                let (k, e) = (self.conv(key), self.conv(elem));
                self.types.types[id as usize].shape = Shape::Map { key: k, elem: e };
                return id;
            }
            Type::Chan { elem, .. } => {
                let id = self.types.add(Shape::Chan { elem: 0 }, name, string);
                self.ty_map.insert(t, id);
                let e = self.conv(elem);
                self.types.types[id as usize].shape = Shape::Chan { elem: e };
                return id;
            }
            Type::Signature(sig) => {
                let id = self.types.add(
                    Shape::Func(CSig {
                        params: vec![],
                        results: vec![],
                        variadic: false,
                    }),
                    name,
                    string,
                );
                self.ty_map.insert(t, id);
                let params = sig.params.iter().map(|p| self.conv(p.ty)).collect();
                let results = sig.results.iter().map(|p| self.conv(p.ty)).collect();
                self.types.types[id as usize].shape = Shape::Func(CSig {
                    params,
                    results,
                    variadic: sig.variadic,
                });
                return id;
            }
            Type::Interface(it) => {
                // Registered first: a method's signature may mention the interface.
                let ms: Vec<types::ObjId> = if it.complete {
                    it.all_methods.clone()
                } else {
                    it.methods.clone()
                };
                let id = self.types.add(Shape::Interface(vec![]), name, string);
                self.ty_map.insert(t, id);
                let mut names: Vec<(String, String)> = ms
                    .iter()
                    .map(|m| {
                        (
                            self.world.obj(*m).name.clone(),
                            self.world
                                .type_string(self.world.obj(*m).ty, Qualifier::Reflect),
                        )
                    })
                    .collect();
                names.sort_by(|a, b| a.0.cmp(&b.0));
                self.types.types[id as usize].shape = Shape::Interface(names);
                return id;
            }
            Type::Basic { kind, .. } => basic_shape(kind),
            Type::Array { len, elem } => Shape::Array {
                len: len.max(0) as u64,
                elem: self.conv(elem),
            },
            Type::Struct { fields } => Shape::Struct(
                fields
                    .iter()
                    .map(|f| CField {
                        name: f.name.clone(),
                        ty: self.conv(f.ty),
                        embedded: f.embedded,
                    })
                    .collect(),
            ),
            Type::Tuple(ts) => Shape::Tuple(ts.iter().map(|x| self.conv(*x)).collect()),
            Type::Named { .. } | Type::Alias { .. } => Shape::Struct(vec![]),
        };
        let id = self.types.add(shape, name, string);
        self.ty_map.insert(t, id);
        id
    }

    /// Whether method `m` is declared with a pointer receiver.
    fn ptr_recv(&self, m: types::ObjId) -> bool {
        let Type::Signature(sig) = self.world.ty(self.world.obj(m).ty) else {
            return false;
        };
        let Some(r) = sig.recv else { return false };
        matches!(
            self.world.ty(self.world.unalias(self.world.obj(r).ty)),
            Type::Pointer(_)
        )
    }

    fn tv(&self, e: NodeId) -> Option<&types::TypeAndValue> {
        self.info.types.get(&e)
    }
}

fn is_int_kind(k: BasicKind) -> bool {
    matches!(
        k,
        BasicKind::Int
            | BasicKind::Int8
            | BasicKind::Int16
            | BasicKind::Int32
            | BasicKind::Int64
            | BasicKind::Uint
            | BasicKind::Uint8
            | BasicKind::Uint16
            | BasicKind::Uint32
            | BasicKind::Uint64
            | BasicKind::Uintptr
            | BasicKind::UntypedInt
            | BasicKind::UntypedRune
    )
}

/// float32 (and complex64) constants are rounded to float32 precision.
fn round_to(kind: Option<BasicKind>, v: f64) -> f64 {
    match kind {
        Some(BasicKind::Float32 | BasicKind::Complex64) => v as f32 as f64,
        _ => v,
    }
}

fn basic_shape(k: BasicKind) -> Shape {
    match k {
        BasicKind::Bool | BasicKind::UntypedBool => Shape::Bool,
        BasicKind::Int | BasicKind::UntypedInt => Shape::Int(IntKind::Int),
        BasicKind::Int8 => Shape::Int(IntKind::Int8),
        BasicKind::Int16 => Shape::Int(IntKind::Int16),
        BasicKind::Int32 | BasicKind::UntypedRune => Shape::Int(IntKind::Int32),
        BasicKind::Int64 => Shape::Int(IntKind::Int64),
        BasicKind::Uint => Shape::Int(IntKind::Uint),
        BasicKind::Uint8 => Shape::Int(IntKind::Uint8),
        BasicKind::Uint16 => Shape::Int(IntKind::Uint16),
        BasicKind::Uint32 => Shape::Int(IntKind::Uint32),
        BasicKind::Uint64 => Shape::Int(IntKind::Uint64),
        BasicKind::Uintptr => Shape::Int(IntKind::Uintptr),
        BasicKind::Float32 => Shape::Float32,
        BasicKind::Float64 | BasicKind::UntypedFloat => Shape::Float64,
        BasicKind::Complex64 => Shape::Complex64,
        BasicKind::Complex128 | BasicKind::UntypedComplex => Shape::Complex128,
        BasicKind::String | BasicKind::UntypedString => Shape::String,
        BasicKind::UnsafePointer => Shape::UnsafePointer,
        BasicKind::UntypedNil | BasicKind::Invalid => Shape::UntypedNil,
    }
}

fn conv_builtin(b: types::Builtin) -> Builtin {
    use types::Builtin as B;
    match b {
        B::Append => Builtin::Append,
        B::Cap => Builtin::Cap,
        B::Clear => Builtin::Clear,
        B::Close => Builtin::Close,
        B::Complex => Builtin::Complex,
        B::Copy => Builtin::Copy,
        B::Delete => Builtin::Delete,
        B::Imag => Builtin::Imag,
        B::Len => Builtin::Len,
        B::Make => Builtin::Make,
        B::Max => Builtin::Max,
        B::Min => Builtin::Min,
        B::New => Builtin::New,
        B::Panic => Builtin::Panic,
        B::Print => Builtin::Print,
        B::Println => Builtin::Println,
        B::Real => Builtin::Real,
        B::Recover => Builtin::Recover,
        B::Add => Builtin::Add,
        B::Alignof => Builtin::Alignof,
        B::Offsetof => Builtin::Offsetof,
        B::Sizeof => Builtin::Sizeof,
        B::Slice => Builtin::Slice,
        B::SliceData => Builtin::SliceData,
        B::String => Builtin::String,
        B::StringData => Builtin::StringData,
    }
}

impl Facts for CheckedFacts<'_> {
    fn types(&self) -> &CTypes {
        &self.types
    }

    fn expr_type(&self, e: NodeId) -> TyId {
        self.tv(e)
            .and_then(|tv| self.ty_map.get(&tv.ty).copied())
            .unwrap_or(0)
    }

    fn expr_class(&self, e: NodeId) -> ExprClass {
        match self.tv(e).map(|tv| &tv.mode) {
            Some(Mode::TypeExpr) => ExprClass::Type(self.expr_type(e)),
            Some(Mode::Builtin(b)) => ExprClass::Builtin(conv_builtin(*b)),
            Some(Mode::NoValue) => ExprClass::NoValue,
            None if self.info.uses.get(&e).is_some_and(|o| {
                matches!(self.world.obj(*o).kind, types::ObjKind::PkgName { .. })
            }) =>
            {
                ExprClass::Package
            }
            _ => ExprClass::Value,
        }
    }

    fn expr_const(&self, e: NodeId) -> Option<ConstVal> {
        let tv = self.tv(e)?;
        match &tv.mode {
            Mode::Constant(v) => Some(self.conv_const(v, tv.ty)),
            Mode::Nil => Some(ConstVal::Nil),
            _ => None,
        }
    }

    fn ident_obj(&self, ident: NodeId) -> Option<ObjId> {
        self.info
            .defs
            .get(&ident)
            .or_else(|| self.info.uses.get(&ident))
            .map(|o| o.0)
    }

    fn obj(&self, o: ObjId) -> &ObjInfo {
        &self.objs[&o]
    }

    fn selection(&self, selector: NodeId) -> Option<Selection> {
        let s = self.info.selections.get(&selector)?;
        let _ = self.pkg;
        Some(match s.kind {
            SelectionKind::FieldVal => Selection::Field {
                path: s.index.clone(),
                indirect: vec![],
            },
            SelectionKind::MethodVal => Selection::Method {
                path: s.index[..s.index.len() - 1].to_vec(),
                indirect: vec![],
                func: s.obj.0,
                ptr_recv: self.ptr_recv(s.obj),
                via_interface: self.world.is_interface(s.recv),
            },
            SelectionKind::MethodExpr => Selection::MethodExpr {
                func: s.obj.0,
                ptr_recv: self.ptr_recv(s.obj),
            },
        })
    }

    fn method_set(&self, t: TyId) -> Vec<super::facts::MethodInfo> {
        self.method_sets.get(&t).cloned().unwrap_or_default()
    }

    fn init_order(&self) -> Vec<(Vec<ObjId>, NodeId)> {
        self.info
            .init_order
            .iter()
            .map(|(os, e)| (os.iter().map(|o| o.0).collect(), *e))
            .collect()
    }

    fn type_switch_var(&self, bind: NodeId, clause: usize) -> Option<ObjId> {
        self.info.implicits.get(&(bind, clause)).map(|o| o.0)
    }
}
