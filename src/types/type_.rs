//! The type representation: an arena of [`Type`]s addressed by [`TypeId`], after
//! types2's `type.go`, `basic.go`, `named.go`, `pointer.go`, `slice.go`, `array.go`,
//! `map.go`, `chan.go`, `struct.go`, `signature.go`, `interface.go`, `tuple.go` and
//! `alias.go`.
//!
//! The arena lives in a [`World`] together with objects, scopes and packages, so
//! that a checked package and everything it imports share one set of handles.
//! Composite types with only type components (pointer, slice, array, map, chan) are
//! interned, so they get one id each; identity is still decided structurally by
//! `predicates::identical` because struct, func and interface literals are not interned.

use super::object::{ObjId, Object, Package, PkgId, Scope, ScopeId};
use crate::fxhash::HashMap;
use crate::syntax::ast::ChanDir;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
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
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }
    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    pub fn is_const_type(self) -> bool {
        self.is_boolean() || self.is_numeric() || self.is_string()
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// The tag, unquoted.
    pub tag: Option<String>,
    /// The field's variable object (for `Info::defs`, positions and packages).
    pub obj: ObjId,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct Signature {
    /// The receiver variable of a method.
    pub recv: Option<ObjId>,
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T`; its type is recorded as `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Interface {
    /// Explicitly declared methods (Func objects).
    pub methods: Vec<ObjId>,
    /// Embedded interfaces.
    pub embeddeds: Vec<TypeId>,
    /// The full method set, sorted by name (filled in by `complete_interface`).
    pub all_methods: Vec<ObjId>,
    pub complete: bool,
}

#[derive(Clone, Debug)]
pub enum Type {
    Basic {
        kind: BasicKind,
        name: &'static str,
    },
    /// A defined type. `underlying` is `Invalid` until the declaration is resolved.
    Named {
        obj: ObjId,
        underlying: TypeId,
        methods: Vec<ObjId>,
    },
    /// `type A = T` (go1.23 keeps aliases so messages can name them).
    Alias {
        obj: ObjId,
        target: TypeId,
    },
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        len: i64,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        elem: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct {
        fields: Vec<Field>,
    },
    Signature(Signature),
    Interface(Interface),
    /// A multi-value result.
    Tuple(Vec<TypeId>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum InternKey {
    Pointer(TypeId),
    Slice(TypeId),
    Array(i64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
}

/// Everything the checker creates: types, objects, scopes, packages.
#[derive(Debug, Default)]
pub struct World {
    pub types: Vec<Type>,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub pkgs: Vec<Package>,
    intern: HashMap<InternKey, TypeId>,
    tuples: HashMap<Vec<TypeId>, TypeId>,
    /// The universe scope.
    pub universe: ScopeId,
    pub universe_ids: UniverseIds,
    /// Packages checked into this world, by import path.
    pub pkg_by_path: HashMap<String, PkgId>,
    /// The imported packages, in the order they were checked (dependencies first), with
    /// their files and side tables, so that the interpreter can compile their Go bodies.
    pub imported: Vec<ImportedPackage>,
}

/// An imported package as checked: its files and facts.
#[derive(Debug, Clone)]
pub struct ImportedPackage {
    pub path: String,
    pub files: std::rc::Rc<Vec<crate::syntax::ast::File>>,
    pub info: std::rc::Rc<super::checker::Info>,
}

/// Handles of the predeclared types and objects.
#[derive(Debug, Default, Clone)]
pub struct UniverseIds {
    pub basics: HashMap<&'static str, TypeId>,
    pub error: TypeId,
    pub any: TypeId,
    pub empty_iface: TypeId,
    pub invalid: TypeId,
    pub unsafe_pkg: Option<PkgId>,
}

impl World {
    pub fn new() -> World {
        let mut w = World::default();
        super::universe::init(&mut w);
        w
    }

    pub fn ty(&self, t: TypeId) -> &Type {
        &self.types[t.0 as usize]
    }
    pub fn ty_mut(&mut self, t: TypeId) -> &mut Type {
        &mut self.types[t.0 as usize]
    }
    pub fn obj(&self, o: ObjId) -> &Object {
        &self.objs[o.0 as usize]
    }
    pub fn obj_mut(&mut self, o: ObjId) -> &mut Object {
        &mut self.objs[o.0 as usize]
    }
    pub fn scope(&self, s: ScopeId) -> &Scope {
        &self.scopes[s.0 as usize]
    }
    pub fn scope_mut(&mut self, s: ScopeId) -> &mut Scope {
        &mut self.scopes[s.0 as usize]
    }
    pub fn pkg(&self, p: PkgId) -> &Package {
        &self.pkgs[p.0 as usize]
    }

    pub fn add_type(&mut self, t: Type) -> TypeId {
        self.types.push(t);
        TypeId(self.types.len() as u32 - 1)
    }
    pub fn add_obj(&mut self, o: Object) -> ObjId {
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }
    pub fn add_scope(&mut self, s: Scope) -> ScopeId {
        let parent = s.parent;
        self.scopes.push(s);
        let id = ScopeId(self.scopes.len() as u32 - 1);
        if let Some(p) = parent {
            self.scope_mut(p).children.push(id);
        }
        id
    }

    fn interned(&mut self, k: InternKey, t: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&k) {
            return id;
        }
        let id = self.add_type(t);
        self.intern.insert(k, id);
        id
    }
    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.interned(InternKey::Pointer(elem), Type::Pointer(elem))
    }
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.interned(InternKey::Slice(elem), Type::Slice(elem))
    }
    pub fn array(&mut self, len: i64, elem: TypeId) -> TypeId {
        self.interned(InternKey::Array(len, elem), Type::Array { len, elem })
    }
    pub fn map(&mut self, key: TypeId, elem: TypeId) -> TypeId {
        self.interned(InternKey::Map(key, elem), Type::Map { key, elem })
    }
    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.interned(InternKey::Chan(dir, elem), Type::Chan { dir, elem })
    }
    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        if let Some(&id) = self.tuples.get(&elems) {
            return id;
        }
        let id = self.add_type(Type::Tuple(elems.clone()));
        self.tuples.insert(elems, id);
        id
    }

    pub fn basic(&self, name: &str) -> TypeId {
        self.universe_ids.basics[name]
    }
    pub fn invalid(&self) -> TypeId {
        self.universe_ids.invalid
    }

    /// Follows aliases (`types2.Unalias`).
    pub fn unalias(&self, mut t: TypeId) -> TypeId {
        while let Type::Alias { target, .. } = self.ty(t) {
            t = *target;
        }
        t
    }

    /// The underlying type (`under`): named types' underlying, through aliases.
    pub fn under(&self, t: TypeId) -> TypeId {
        let mut t = self.unalias(t);
        for _ in 0..100 {
            match self.ty(t) {
                Type::Named { underlying, .. } => t = self.unalias(*underlying),
                _ => return t,
            }
        }
        self.invalid()
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.ty(self.under(t)) {
            Type::Basic { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    pub fn is_valid(&self, t: TypeId) -> bool {
        self.basic_kind(t) != Some(BasicKind::Invalid)
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        // Untyped types are never named: check the type itself.
        matches!(self.ty(self.unalias(t)), Type::Basic { kind, .. } if kind.is_untyped())
    }
    pub fn is_typed(&self, t: TypeId) -> bool {
        !self.is_untyped(t)
    }
    fn kind_is(&self, t: TypeId, f: fn(BasicKind) -> bool) -> bool {
        self.basic_kind(t).is_some_and(f)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_boolean)
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_float)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_complex)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_string)
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_ordered)
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.kind_is(t, BasicKind::is_const_type)
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.ty(self.under(t)), Type::Interface(_))
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(
            self.ty(self.unalias(t)),
            Type::Named { .. } | Type::Basic { .. }
        )
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.ty(self.under(t)), Type::Pointer(_))
    }

    /// `*T`'s `T` when `t`'s underlying type is a pointer.
    pub fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.ty(self.under(t)) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.ty(self.under(t)) {
            Type::Signature(s) => Some(s),
            _ => None,
        }
    }

    /// The complete method set of an interface type, sorted by name.
    pub fn iface_methods(&mut self, t: TypeId) -> Vec<ObjId> {
        let u = self.under(t);
        self.complete_interface(u);
        match self.ty(u) {
            Type::Interface(i) => i.all_methods.clone(),
            _ => Vec::new(),
        }
    }

    /// Computes an interface's full method set from its methods and embeddings.
    pub fn complete_interface(&mut self, t: TypeId) {
        let (methods, embeddeds) = match self.ty(t) {
            Type::Interface(i) if !i.complete => (i.methods.clone(), i.embeddeds.clone()),
            _ => return,
        };
        if let Type::Interface(i) = self.ty_mut(t) {
            // Mark first so that invalid cycles terminate.
            i.complete = true;
        }
        let mut all: Vec<ObjId> = methods;
        for e in embeddeds {
            let u = self.under(e);
            self.complete_interface(u);
            if let Type::Interface(ei) = self.ty(u) {
                for &m in &ei.all_methods {
                    let name = &self.obj(m).name;
                    if !all.iter().any(|&x| &self.obj(x).name == name) {
                        all.push(m);
                    }
                }
            }
        }
        all.sort_by(|&a, &b| self.obj(a).name.cmp(&self.obj(b).name));
        if let Type::Interface(i) = self.ty_mut(t) {
            i.all_methods = all;
        }
    }

    pub fn is_empty_interface(&mut self, t: TypeId) -> bool {
        self.is_interface(t) && self.iface_methods(t).is_empty()
    }

    /// The methods declared on a named type (or its pointer's base).
    pub fn named_methods(&self, t: TypeId) -> &[ObjId] {
        match self.ty(self.unalias(t)) {
            Type::Named { methods, .. } => methods,
            _ => &[],
        }
    }

    /// The type of a tuple's elements, or the single type.
    pub fn tuple_elems(&self, t: TypeId) -> Vec<TypeId> {
        match self.ty(t) {
            Type::Tuple(v) => v.clone(),
            _ => vec![t],
        }
    }

    /// The results of a signature as one type: a single type, or a tuple.
    pub fn results_type(&mut self, sig: &Signature) -> Option<TypeId> {
        match sig.results.len() {
            0 => None,
            1 => Some(sig.results[0].ty),
            _ => {
                let v = sig.results.iter().map(|p| p.ty).collect();
                Some(self.tuple(v))
            }
        }
    }
}
