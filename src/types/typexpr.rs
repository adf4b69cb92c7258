//! Type expressions: identifiers, qualified names, literals of composite types and
//! function signatures (types2 `typexpr.go`, `struct.go`, `interface.go`,
//! `signature.go`).

use super::checker::{Checker, Mode};
use super::constant::ConstValue;
use super::object::ObjKind;
use super::type_::{Field, Interface, Param, Signature, Type, TypeId};
use crate::syntax::ast::{self, Expr, ExprKind};

impl<'a> Checker<'a> {
    /// Checks `e` as a type; reports and returns `invalid type` if it is not one.
    pub(crate) fn type_expr(&mut self, e: &'a Expr) -> TypeId {
        let t = self.type_internal(e);
        self.info.types.insert(
            e.id,
            super::checker::TypeAndValue {
                mode: Mode::TypeExpr,
                ty: t,
            },
        );
        t
    }

    /// Like `type_expr`, for the right side of a type definition.
    pub(crate) fn defined_type(&mut self, e: &'a Expr) -> TypeId {
        self.type_expr(e)
    }

    fn type_internal(&mut self, e: &'a Expr) -> TypeId {
        let inv = self.w.invalid();
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => inv,
                    Mode::NoValue => {
                        let s = super::exprstring::expr_string(e);
                        self.error(e.span.lo, format!("{s} used as type"));
                        inv
                    }
                    _ => {
                        let s = super::exprstring::expr_string(e);
                        self.error(e.span.lo, format!("{s} is not a type"));
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                // A defined type still being declared has no underlying type yet but is a
                // perfectly good pointer base (`next *Node`).
                if t == inv {
                    return inv;
                }
                self.w.pointer(t)
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                let n = self.array_length(len);
                let t = self.type_expr(elem);
                match n {
                    Some(n) => self.w.array(n, t),
                    None => inv,
                }
            }
            ExprKind::ArrayType { len: None, elem } => {
                self.type_expr(elem);
                self.error(
                    e.span.lo,
                    "invalid use of [...] array (outside a composite literal)",
                );
                inv
            }
            ExprKind::SliceType { elem } => {
                let t = self.type_expr(elem);
                self.w.slice(t)
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if self.w.is_valid(k) && !self.w.is_interface(k) && self.w.comparable(k).is_err() {
                    let ks = self.ts(k);
                    self.error(key.span.lo, format!("invalid map key type {ks}"));
                    return inv;
                }
                self.w.map(k, v)
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                self.w.chan(*dir, t)
            }
            ExprKind::FuncType(ft) => self.func_type(ft, None),
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::Bad => inv,
            _ => {
                let x = self.expr_or_type(e);
                if x.mode != Mode::Invalid && x.mode != Mode::TypeExpr {
                    let s = super::exprstring::expr_string(e);
                    self.error(e.span.lo, format!("{s} is not a type"));
                    return inv;
                }
                if x.mode == Mode::TypeExpr { x.ty } else { inv }
            }
        }
    }

    fn array_length(&mut self, e: &'a Expr) -> Option<i64> {
        if let ExprKind::Ident(name) = &e.kind {
            if self.lookup(name).is_none() {
                self.error(
                    e.span.lo,
                    format!("undefined array length {name} or missing type constraint"),
                );
                return None;
            }
        }
        let x = self.expr(e, None);
        let s = super::exprstring::expr_string(e);
        match &x.mode {
            Mode::Constant(v) => {
                if self.w.is_untyped(x.ty) || self.w.is_integer(x.ty) {
                    if let Some(i) = v.to_int() {
                        if let Some(n) = num_traits::ToPrimitive::to_i64(&i) {
                            if n >= 0 {
                                if self.w.is_untyped(x.ty) {
                                    let int = self.w.basic("int");
                                    self.update_expr_type(e, int, true);
                                }
                                return Some(n);
                            }
                        }
                    }
                }
                let xs = self.operand_string(&x);
                if self.w.is_integer(x.ty) || v.to_int().is_some() {
                    self.error(e.span.lo, format!("invalid array length {s}"));
                } else {
                    self.error(e.span.lo, format!("array length {xs} must be integer"));
                }
                None
            }
            Mode::Invalid => None,
            _ => {
                let xs = self.operand_string(&x);
                self.error(e.span.lo, format!("array length {xs} must be constant"));
                None
            }
        }
    }

    /// The position of the `...` before a variadic parameter's type at `ty`
    /// (the syntax tree does not record it): the source is scanned backwards.
    fn dots_pos(&self, ty: crate::source::Pos) -> crate::source::Pos {
        let Some(f) = self.file.filter(|&f| f < self.sources.files.len()) else {
            return ty;
        };
        let text = self.sources.file(f).text.as_bytes();
        let mut i = (ty as usize).min(text.len());
        while i > 0 && text[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        if i >= 3 && &text[i - 3..i] == b"..." {
            (i - 3) as crate::source::Pos
        } else {
            ty
        }
    }

    /// A function signature; `recv` is the receiver of a method declaration.
    pub(crate) fn func_type(
        &mut self,
        ft: &'a ast::FuncType,
        recv: Option<&'a ast::Param>,
    ) -> TypeId {
        let mut recv_obj = None;
        if let Some(r) = recv {
            let rt = self.type_expr(&r.ty);
            let name = r.name.as_ref().map(|n| n.name.clone()).unwrap_or_default();
            let pos = r.name.as_ref().map(|n| n.span.lo).unwrap_or(r.ty.span.lo);
            let o = self.new_obj(
                &name,
                ObjKind::Var {
                    used: true,
                    field: false,
                    embedded: false,
                    param: true,
                },
                rt,
                pos,
            );
            recv_obj = Some(o);
            // Receiver base type checks (types2 collectRecv's delayed validation).
            // types2 deref: only an explicit pointer, not a named pointer type.
            let base = match self.w.ty(self.w.unalias(rt)) {
                Type::Pointer(b) => *b,
                _ => rt,
            };
            let atyp = self.w.unalias(base);
            if self.w.is_valid(atyp) {
                match self.w.ty(atyp).clone() {
                    Type::Named { obj, .. } => {
                        let bs = self.ts(base);
                        if self.w.obj(obj).pkg != Some(self.pkg) {
                            self.error(
                                pos,
                                format!("cannot define new methods on non-local type {bs}"),
                            );
                        } else {
                            let u = self.w.under(atyp);
                            let cause = match self.w.ty(u) {
                                Type::Basic {
                                    kind: super::type_::BasicKind::UnsafePointer,
                                    ..
                                } => "unsafe.Pointer",
                                Type::Pointer(_) | Type::Interface(_) => {
                                    "pointer or interface type"
                                }
                                _ => "",
                            };
                            if !cause.is_empty() {
                                self.error(pos, format!("invalid receiver type {bs} ({cause})"));
                            }
                        }
                    }
                    Type::Basic { .. } => {
                        let bs = self.ts(base);
                        self.error(
                            pos,
                            format!("cannot define new methods on non-local type {bs}"),
                        );
                    }
                    _ => {
                        let ts = self.ts(rt);
                        self.error(pos, format!("invalid receiver type {ts}"));
                    }
                }
            }
        }
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&p.ty);
            if p.variadic {
                if i + 1 != ft.params.len() {
                    // types2 reports at the `...` and ignores it.
                    let at = self.dots_pos(p.ty.span.lo);
                    self.error(at, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                    t = self.w.slice(t);
                }
            }
            params.push(Param {
                name: p.name.as_ref().map(|n| n.name.clone()).unwrap_or_default(),
                ty: t,
            });
        }
        let mut results = Vec::new();
        for p in &ft.results {
            let t = self.type_expr(&p.ty);
            results.push(Param {
                name: p.name.as_ref().map(|n| n.name.clone()).unwrap_or_default(),
                ty: t,
            });
        }
        self.w.add_type(Type::Signature(Signature {
            recv: recv_obj,
            params,
            results,
            variadic,
        }))
    }

    fn struct_type(&mut self, decls: &'a [ast::FieldDecl]) -> TypeId {
        let mut fields: Vec<Field> = Vec::new();
        let mut seen: crate::fxhash::HashMap<String, super::object::ObjId> =
            crate::fxhash::HashMap::default();
        for fd in decls {
            let t = self.type_expr(&fd.ty);
            let tag = fd.tag.as_ref().and_then(|raw| {
                match ConstValue::from_literal(ast::LitKind::String, raw) {
                    Some(ConstValue::String(s)) => Some(String::from_utf8_lossy(&s).into_owned()),
                    _ => None,
                }
            });
            if fd.embedded {
                let name = embedded_name(&fd.ty);
                let pos = embedded_pos(&fd.ty);
                let o = self.new_obj(
                    &name,
                    ObjKind::Var {
                        used: true,
                        field: true,
                        embedded: true,
                        param: false,
                    },
                    t,
                    pos,
                );
                if self.w.is_valid(t) {
                    let (b, isp) = self.w.deref(t);
                    if isp && (self.w.is_pointer(b) || self.w.is_interface(b)) {
                        let ts = self.ts(b);
                        let what = if self.w.is_pointer(b) {
                            "a pointer"
                        } else {
                            "a pointer to an interface"
                        };
                        self.error(
                            fd.ty.span.lo,
                            format!("embedded field type cannot be {what}"),
                        );
                        let _ = ts;
                    }
                }
                self.add_field(&mut fields, &mut seen, name, t, true, tag.clone(), o, pos);
            } else {
                for n in &fd.names {
                    let o = self.new_obj(
                        &n.name,
                        ObjKind::Var {
                            used: true,
                            field: true,
                            embedded: false,
                            param: false,
                        },
                        t,
                        n.span.lo,
                    );
                    self.info.defs.insert(n.id, o);
                    self.add_field(
                        &mut fields,
                        &mut seen,
                        n.name.clone(),
                        t,
                        false,
                        tag.clone(),
                        o,
                        n.span.lo,
                    );
                }
            }
        }
        self.w.add_type(Type::Struct { fields })
    }

    #[allow(clippy::too_many_arguments)]
    fn add_field(
        &mut self,
        fields: &mut Vec<Field>,
        seen: &mut crate::fxhash::HashMap<String, super::object::ObjId>,
        name: String,
        ty: TypeId,
        embedded: bool,
        tag: Option<String>,
        obj: super::object::ObjId,
        pos: u32,
    ) {
        if name != "_" {
            if let Some(&alt) = seen.get(&name) {
                let other = self.obj_pos_string(alt);
                self.error_notes(
                    pos,
                    format!("{name} redeclared"),
                    vec![format!("{other}: other declaration of {name}")],
                );
                return;
            }
            seen.insert(name.clone(), obj);
        }
        fields.push(Field {
            name,
            ty,
            embedded,
            tag,
            obj,
        });
    }

    fn interface_type(&mut self, elems: &'a [ast::InterfaceElem]) -> TypeId {
        let mut iface = Interface::default();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let st = self.func_type(sig, None);
                    let o = self.new_obj(
                        &name.name,
                        ObjKind::Func { has_body: false },
                        st,
                        name.span.lo,
                    );
                    self.info.defs.insert(name.id, o);
                    if iface
                        .methods
                        .iter()
                        .any(|&m| self.w.obj(m).name == name.name)
                    {
                        self.error(name.span.lo, format!("duplicate method {}", name.name));
                        continue;
                    }
                    iface.methods.push(o);
                }
                ast::InterfaceElem::Embedded(e) => {
                    let t = self.type_expr(e);
                    if self.w.is_valid(t) && !self.w.is_interface(t) {
                        let ts = self.ts(t);
                        self.error(
                            e.span.lo,
                            format!(
                                "cannot use {ts} as interface: type constraints are not supported"
                            ),
                        );
                        continue;
                    }
                    iface.embeddeds.push(t);
                }
            }
        }
        let t = self.w.add_type(Type::Interface(iface));
        self.w.complete_interface(t);
        t
    }
}

fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector { sel, .. } => sel.name.clone(),
        _ => "_".into(),
    }
}

fn embedded_pos(e: &Expr) -> u32 {
    match &e.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_pos(x),
        ExprKind::Selector { sel, .. } => sel.span.lo,
        _ => e.span.lo,
    }
}
