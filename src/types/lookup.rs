//! Field and method lookup through embedded fields, method sets, and interface
//! satisfaction with types2's "missing method" causes (`lookup.go`).

use super::object::{ObjId, ObjKind, PkgId};
use super::type_::{Type, TypeId, World};
use super::typestring::Qualifier;
use crate::fxhash::HashSet;

/// The outcome of [`World::lookup_field_or_method`].
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    /// A field or method: the object, the path of field indices to it (the last index
    /// is the field's or method's own), and whether a pointer was followed on the way.
    Found {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
    },
    /// The name exists at one depth more than once.
    Ambiguous,
    /// A method with a pointer receiver on a value that is not addressable.
    NeedsPointer,
    NotFound,
}

struct Embedded {
    ty: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

fn same_id(w: &World, obj: ObjId, pkg: Option<PkgId>, name: &str) -> bool {
    let o = w.obj(obj);
    o.name == name && (o.exported() || o.pkg == pkg || pkg.is_none())
}

impl World {
    /// Whether a method has a pointer receiver.
    pub fn has_ptr_recv(&self, m: ObjId) -> bool {
        match self.ty(self.obj(m).ty) {
            Type::Signature(s) => match s.recv {
                Some(r) => matches!(self.ty(self.unalias(self.obj(r).ty)), Type::Pointer(_)),
                None => false,
            },
            _ => false,
        }
    }

    /// `LookupFieldOrMethod(T, addressable, pkg, name)`.
    pub fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<PkgId>,
        name: &str,
    ) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        let (typ, is_ptr) = self.deref(t);
        // Pointers to named pointer types have no methods; *I for an interface neither.
        if is_ptr && self.is_interface(typ) {
            return Lookup::NotFound;
        }
        let mut current = vec![Embedded {
            ty: typ,
            index: vec![],
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: HashSet<TypeId> = HashSet::default();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            let mut found: Option<(ObjId, Vec<usize>, bool)> = None;
            for e in &current {
                let ty = self.unalias(e.ty);
                if let Type::Named { methods, .. } = self.ty(ty) {
                    if !seen.insert(ty) {
                        continue;
                    }
                    if let Some(i) = methods.iter().position(|&m| same_id(self, m, pkg, name)) {
                        let m = methods[i];
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        let mut index = e.index.clone();
                        index.push(i);
                        found = Some((m, index, e.indirect));
                        continue;
                    }
                }
                let u = self.under(ty);
                match self.ty(u).clone() {
                    Type::Struct { fields } => {
                        for (i, f) in fields.iter().enumerate() {
                            if same_id(self, f.obj, pkg, name) {
                                if found.is_some() || e.multiples {
                                    return Lookup::Ambiguous;
                                }
                                let mut index = e.index.clone();
                                index.push(i);
                                found = Some((f.obj, index, e.indirect));
                                continue;
                            }
                            if found.is_none() && f.embedded {
                                let (ft, p) = self.deref(f.ty);
                                let mut index = e.index.clone();
                                index.push(i);
                                next.push(Embedded {
                                    ty: ft,
                                    index,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(_) => {
                        let all = self.iface_methods(u);
                        if let Some(i) = all.iter().position(|&m| same_id(self, m, pkg, name)) {
                            if found.is_some() || e.multiples {
                                return Lookup::Ambiguous;
                            }
                            let mut index = e.index.clone();
                            index.push(i);
                            found = Some((all[i], index, e.indirect));
                        }
                    }
                    _ => {}
                }
            }
            if let Some((obj, index, indirect)) = found {
                if matches!(self.obj(obj).kind, ObjKind::Func { .. })
                    && self.has_ptr_recv(obj)
                    && !indirect
                    && !addressable
                {
                    return Lookup::NeedsPointer;
                }
                return Lookup::Found {
                    obj,
                    index,
                    indirect,
                };
            }
            // Consolidate: the same type reached more than once at one depth is ambiguous.
            let mut out: Vec<Embedded> = Vec::new();
            for e in next {
                let key = self.unalias(e.ty);
                if let Some(prev) = out.iter_mut().find(|p| self.identical(p.ty, key)) {
                    prev.multiples = true;
                } else {
                    out.push(Embedded { ty: key, ..e });
                }
            }
            current = out;
        }
        Lookup::NotFound
    }

    /// Why `v` does not implement interface `t`, or None if it does. The cause is
    /// worded as types2's `missingMethodCause` (`(missing method M)`, ...), with the
    /// have/want lines as continuation notes.
    pub fn missing_method(
        &mut self,
        v: TypeId,
        t: TypeId,
        q: Qualifier,
    ) -> Option<(String, Vec<String>)> {
        let methods = self.iface_methods(t);
        let v_is_iface = self.is_interface(v);
        for m in methods {
            let name = self.obj(m).name.clone();
            let mpkg = self.obj(m).pkg;
            let found = if v_is_iface {
                let vm = self.iface_methods(v);
                vm.into_iter().find(|&x| same_id(self, x, mpkg, &name))
            } else {
                match self.lookup_field_or_method(v, false, mpkg, &name) {
                    Lookup::Found { obj, .. }
                        if matches!(self.obj(obj).kind, ObjKind::Func { .. }) =>
                    {
                        Some(obj)
                    }
                    Lookup::NeedsPointer => {
                        return Some((format!("(method {name} has pointer receiver)"), vec![]));
                    }
                    _ => None,
                }
            };
            let Some(f) = found else {
                // A method with different case?
                if !v_is_iface {
                    let lower = name.to_lowercase();
                    for cand in self.method_names(v) {
                        if cand.to_lowercase() == lower && cand != name {
                            let have = self.method_string(v, &cand, q);
                            let want = format!("{}{}", name, self.sig_string_of(m, q));
                            return Some((
                                format!("(missing method {name})"),
                                vec![format!("\thave {have}"), format!("\twant {want}")],
                            ));
                        }
                    }
                }
                return Some((format!("(missing method {name})"), vec![]));
            };
            if !self.identical(self.obj(f).ty, self.obj(m).ty) {
                let have = format!("{}{}", name, self.sig_string_of(f, q));
                let want = format!("{}{}", name, self.sig_string_of(m, q));
                return Some((
                    format!("(wrong type for method {name})"),
                    vec![format!("\thave {have}"), format!("\twant {want}")],
                ));
            }
        }
        None
    }

    /// A method's signature without parameter names (types2 `funcString`).
    fn sig_string_of(&self, m: ObjId, q: Qualifier) -> String {
        match self.ty(self.obj(m).ty) {
            Type::Signature(s) => {
                let mut s = s.clone();
                // A single named result keeps its parentheses.
                let named_single = s.results.len() == 1 && !s.results[0].name.is_empty();
                for p in s.params.iter_mut().chain(s.results.iter_mut()) {
                    p.name.clear();
                }
                if named_single {
                    let r = s.results.pop().map(|r| r.ty);
                    let mut out = self.signature_string(&s, q);
                    if let Some(r) = r {
                        out.push_str(&format!(" ({})", self.type_string(r, q)));
                    }
                    return out;
                }
                self.signature_string(&s, q)
            }
            _ => String::new(),
        }
    }

    fn method_string(&mut self, v: TypeId, name: &str, q: Qualifier) -> String {
        match self.lookup_field_or_method(v, true, None, name) {
            Lookup::Found { obj, .. } => format!("{}{}", name, self.sig_string_of(obj, q)),
            _ => name.to_string(),
        }
    }

    fn method_names(&self, v: TypeId) -> Vec<String> {
        let (b, _) = self.deref(v);
        self.named_methods(b)
            .iter()
            .map(|&m| self.obj(m).name.clone())
            .collect()
    }
}
