//! Expressions: identifiers, literals, operators with constant folding, selectors,
//! index, slice and type-assertion expressions (types2 `expr.go`, `index.go`,
//! `selection` part of `call.go`, `literals.go`).

use super::checker::{Checker, Mode, Selection, SelectionKind};
use super::constant::{self, ConstValue};
use super::lookup::Lookup;
use super::object::{ObjId, ObjKind};
use super::operand::Operand;
use super::type_::{Type, TypeId};
use crate::syntax::ast::{BinOp, ChanDir, Expr, ExprKind, UnOp};

const INVALID_OP: &str = "invalid operation: ";

fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq
    )
}

impl<'a> Checker<'a> {
    /// A single-valued expression (types2 `expr`).
    pub(crate) fn expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint, false);
        self.exclude_non_values(&mut x, true);
        self.single_value(&mut x);
        x
    }

    /// An expression that may be multi-valued (a call).
    pub(crate) fn multi_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None, false);
        self.exclude_non_values(&mut x, true);
        x
    }

    /// An expression or a type.
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None, true);
        if x.mode == Mode::NoValue {
            let xs = self.operand_string(&x);
            self.error(x.pos(), format!("{xs} used as value or type"));
            x.mode = Mode::Invalid;
        }
        self.single_value(&mut x);
        x
    }

    pub(crate) fn exclude_non_values(&mut self, x: &mut Operand<'a>, types_too: bool) {
        let msg = match x.mode {
            Mode::NoValue => "used as value",
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr if types_too => "is not an expression",
            _ => return,
        };
        let xs = self.operand_string(x);
        self.error(x.pos(), format!("{xs} {msg}"));
        x.mode = Mode::Invalid;
    }

    pub(crate) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value {
            if let Type::Tuple(v) = self.w.ty(x.ty) {
                if v.len() != 1 {
                    let xs = self.operand_string(x);
                    self.error(
                        x.pos(),
                        format!("multiple-value {xs} in single-value context"),
                    );
                    x.mode = Mode::Invalid;
                }
            }
        }
    }

    pub(crate) fn raw_expr(
        &mut self,
        e: &'a Expr,
        hint: Option<TypeId>,
        allow_generic: bool,
    ) -> Operand<'a> {
        let _ = allow_generic;
        let mut x = self.expr_internal(e, hint);
        x.expr = Some(e);
        if x.mode != Mode::Invalid {
            self.record(e, &x.mode, x.ty);
        }
        x
    }

    fn value(&self, e: &'a Expr, mode: Mode, ty: TypeId) -> Operand<'a> {
        Operand {
            mode,
            expr: Some(e),
            ty,
        }
    }

    fn expr_internal(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match &e.kind {
            ExprKind::Bad => self.invalid_op(Some(e)),
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::BasicLit { kind, raw } => match ConstValue::from_literal(*kind, raw) {
                Some(v) => {
                    let t = match kind {
                        crate::syntax::ast::LitKind::Int => "untyped int",
                        crate::syntax::ast::LitKind::Float => "untyped float",
                        crate::syntax::ast::LitKind::Imag => "untyped complex",
                        crate::syntax::ast::LitKind::Char => "untyped rune",
                        crate::syntax::ast::LitKind::String => "untyped string",
                    };
                    let t = self.w.basic(t);
                    self.value(e, Mode::Constant(v), t)
                }
                None => {
                    self.error(e.span.lo, format!("malformed constant: {raw}"));
                    self.invalid_op(Some(e))
                }
            },
            ExprKind::FuncLit { sig, body } => {
                let st = self.func_type(sig, None);
                let name = crate::syntax::ast::Ident {
                    id: e.id,
                    name: String::new(),
                    span: e.span,
                };
                let _ = name;
                let saved = self.scope;
                self.func_body_lit(sig, st, body, e.id);
                self.scope = saved;
                self.value(e, Mode::Value, st)
            }
            ExprKind::CompositeLit { ty, elems, .. } => {
                self.composite_lit(e, ty.as_deref(), elems, hint)
            }
            ExprKind::Paren(inner) => {
                let x = self.raw_expr(inner, hint, true);
                Operand { expr: Some(e), ..x }
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, index, .. } => self.index_expr(e, x, index),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                full,
                ..
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *full),
            ExprKind::TypeAssert { x, ty, .. } => {
                let xo = self.expr(x, None);
                if xo.mode == Mode::Invalid {
                    return self.invalid_op(Some(e));
                }
                let Some(ty) = ty else {
                    self.error(
                        e.span.lo,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return self.invalid_op(Some(e));
                };
                if !self.w.is_interface(xo.ty) {
                    let xs = self.operand_string(&xo);
                    self.error(x.span.lo, format!("{INVALID_OP}{xs} is not an interface"));
                    return self.invalid_op(Some(e));
                }
                let t = self.type_expr(ty);
                if !self.w.is_valid(t) {
                    return self.invalid_op(Some(e));
                }
                self.type_assertion(e, &xo, t, false);
                self.value(e, Mode::CommaOk, t)
            }
            ExprKind::Call { .. } => self.call_expr(e, hint),
            ExprKind::Star(x) => {
                let xo = self.expr_or_type(x);
                match xo.mode {
                    Mode::Invalid => self.invalid_op(Some(e)),
                    Mode::TypeExpr => {
                        let t = self.w.pointer(xo.ty);
                        self.value(e, Mode::TypeExpr, t)
                    }
                    _ => {
                        if xo.is_nil() {
                            self.error(e.span.lo, format!("{INVALID_OP}cannot indirect nil"));
                            return self.invalid_op(Some(e));
                        }
                        match self.w.ty(self.w.under(xo.ty)).clone() {
                            Type::Pointer(b) => {
                                if self.w.basic_kind(xo.ty)
                                    == Some(super::type_::BasicKind::UnsafePointer)
                                {
                                }
                                self.value(e, Mode::Variable, b)
                            }
                            _ => {
                                let xs = self.operand_string(&xo);
                                self.error(x.span.lo, format!("{INVALID_OP}cannot indirect {xs}"));
                                self.invalid_op(Some(e))
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x, .. } => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, x, y, op_pos } => self.binary(e, *op, x, y, *op_pos, hint),
            ExprKind::KeyValue { .. } => {
                self.error(e.span.lo, "no key:value expected");
                self.invalid_op(Some(e))
            }
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e);
                if !self.w.is_valid(t) {
                    return self.invalid_op(Some(e));
                }
                self.value(e, Mode::TypeExpr, t)
            }
        }
    }

    fn func_body_lit(
        &mut self,
        sig: &'a crate::syntax::ast::FuncType,
        st: TypeId,
        body: &'a crate::syntax::ast::Block,
        id: crate::syntax::ast::NodeId,
    ) {
        let name = Box::leak(Box::new(crate::syntax::ast::Ident {
            id,
            name: String::new(),
            span: sig.span,
        }));
        self.func_body(name, None, sig, st, body, Some(id));
    }

    /// Marks a variable used and notes closure capture.
    pub(crate) fn use_var(&mut self, o: super::object::ObjId) {
        if let ObjKind::Var { used, .. } = &mut self.w.obj_mut(o).kind {
            *used = true;
        }
        self.note_capture(o);
    }

    fn note_capture(&mut self, o: super::object::ObjId) {
        let Some(f) = &self.fctx else { return };
        let fscope = f.scope;
        let Some(mut s) = self.w.obj(o).parent else {
            return;
        };
        if self.w.obj(o).pkg != Some(self.pkg) || Some(s) == Some(self.w.pkg(self.pkg).scope) {
            return;
        }
        // Walk up from the variable's scope to its function scope.
        loop {
            let sc = self.w.scope(s);
            if sc.is_func {
                break;
            }
            match sc.parent {
                Some(p) => s = p,
                None => return,
            }
        }
        if s != fscope {
            self.info.captured.insert(o);
        }
    }

    fn ident(&mut self, e: &'a Expr, name: &str) -> Operand<'a> {
        let ident = crate::syntax::ast::Ident {
            id: e.id,
            name: name.to_string(),
            span: e.span,
        };
        if name == "_" {
            self.error(e.span.lo, "cannot use _ as value or type");
            return self.invalid_op(Some(e));
        }
        let Some(o) = self.lookup(name) else {
            self.error(e.span.lo, format!("undefined: {name}"));
            return self.invalid_op(Some(e));
        };
        self.record_use(&ident, o);
        // Resolve package-level objects first.
        if self.w.obj(o).pkg == Some(self.pkg) && self.decls.contains_key(&o) {
            self.obj_decl(o);
            self.add_dep(o);
        }
        let obj = self.w.obj(o).clone();
        let ty = obj.ty;
        match obj.kind {
            ObjKind::PkgName { .. } => {
                self.error(e.span.lo, format!("use of package {name} not in selector"));
                self.invalid_op(Some(e))
            }
            ObjKind::Const { val } => {
                if !self.w.is_valid(ty) {
                    return self.invalid_op(Some(e));
                }
                if name == "iota" && obj.pkg.is_none() {
                    match &self.iota {
                        Some(v) => {
                            let v = v.clone();
                            return self.value(e, Mode::Constant(v), ty);
                        }
                        None => {
                            self.error(e.span.lo, "cannot use iota outside constant declaration");
                            return self.invalid_op(Some(e));
                        }
                    }
                }
                self.value(e, Mode::Constant(val), ty)
            }
            ObjKind::TypeName => {
                // A defined type being declared has no underlying type yet, but naming it
                // is fine (`next *Node` inside Node).
                let under_construction = matches!(self.w.ty(ty), Type::Named { .. });
                if !self.w.is_valid(ty) && !under_construction {
                    return self.invalid_op(Some(e));
                }
                self.value(e, Mode::TypeExpr, ty)
            }
            ObjKind::Var { .. } => {
                if obj.pkg == Some(self.pkg) {
                    self.use_var(o);
                }
                if !self.w.is_valid(ty) {
                    return self.invalid_op(Some(e));
                }
                self.value(e, Mode::Variable, ty)
            }
            ObjKind::Func { .. } => self.value(e, Mode::Value, ty),
            ObjKind::Builtin(b) => self.value(e, Mode::Builtin(b), ty),
            ObjKind::Nil => self.value(e, Mode::Nil, ty),
            ObjKind::Label { .. } => self.invalid_op(Some(e)),
        }
    }

    fn selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a crate::syntax::ast::Ident,
    ) -> Operand<'a> {
        // Qualified identifier?
        if let ExprKind::Ident(pname) = &x.kind {
            if let Some(o) = self.lookup(pname) {
                if let ObjKind::PkgName { pkg, .. } = self.w.obj(o).kind {
                    if let ObjKind::PkgName { used, .. } = &mut self.w.obj_mut(o).kind {
                        *used = true;
                    }
                    let pi = crate::syntax::ast::Ident {
                        id: x.id,
                        name: pname.clone(),
                        span: x.span,
                    };
                    self.record_use(&pi, o);
                    let ps = self.w.pkg(pkg).scope;
                    let found = self.w.scope(ps).lookup(&sel.name);
                    // gc imports from export data, which holds no unexported
                    // declarations: an unexported name is undefined.
                    let Some(m) = found.filter(|&m| self.w.obj(m).exported()) else {
                        let es = super::exprstring::expr_string(e);
                        self.error(sel.span.lo, format!("undefined: {es}"));
                        return self.invalid_op(Some(e));
                    };
                    self.record_use(sel, m);
                    let obj = self.w.obj(m).clone();
                    return match obj.kind {
                        ObjKind::Const { val } => self.value(e, Mode::Constant(val), obj.ty),
                        ObjKind::TypeName => self.value(e, Mode::TypeExpr, obj.ty),
                        ObjKind::Var { .. } => self.value(e, Mode::Variable, obj.ty),
                        ObjKind::Func { .. } => self.value(e, Mode::Value, obj.ty),
                        ObjKind::Builtin(b) => self.value(e, Mode::Builtin(b), obj.ty),
                        _ => self.invalid_op(Some(e)),
                    };
                }
            }
        }
        let xo = self.expr_or_type(x);
        match xo.mode {
            Mode::Invalid => return self.invalid_op(Some(e)),
            Mode::NoValue | Mode::Builtin(_) => {
                let mut xo = xo;
                self.exclude_non_values(&mut xo, false);
                return self.invalid_op(Some(e));
            }
            _ => {}
        }
        if xo.is_nil() {
            self.error(e.span.lo, format!("{INVALID_OP}use of nil"));
            return self.invalid_op(Some(e));
        }
        let addressable = xo.mode == Mode::Variable;
        let pkg = Some(self.pkg);
        let res = self
            .w
            .lookup_field_or_method(xo.ty, addressable, pkg, &sel.name);
        match res {
            Lookup::Found {
                obj,
                index,
                indirect,
            } => {
                self.record_use(sel, obj);
                let o = self.w.obj(obj).clone();
                if xo.mode == Mode::TypeExpr {
                    // Method expression T.m.
                    if !matches!(o.kind, ObjKind::Func { .. }) {
                        let ts = self.ts(xo.ty);
                        self.error(
                            sel.span.lo,
                            format!(
                                "{ts}.{} undefined (type {ts} has no method {})",
                                sel.name, sel.name
                            ),
                        );
                        return self.invalid_op(Some(e));
                    }
                    let Some(sig) = self.w.signature(o.ty).cloned() else {
                        return self.invalid_op(Some(e));
                    };
                    if self.w.has_ptr_recv(obj)
                        && !self.w.is_pointer(xo.ty)
                        && !self.w.is_interface(xo.ty)
                    {
                        let ts = self.ts(xo.ty);
                        self.error(e.span.lo, format!("{INVALID_OP}method expression {ts}.{} needs pointer receiver (*{ts}).{}", sel.name, sel.name));
                        return self.invalid_op(Some(e));
                    }
                    let mut params = vec![super::type_::Param {
                        name: String::new(),
                        ty: xo.ty,
                    }];
                    params.extend(sig.params.iter().cloned());
                    let t = self.w.add_type(Type::Signature(super::type_::Signature {
                        recv: None,
                        params,
                        results: sig.results.clone(),
                        variadic: sig.variadic,
                    }));
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodExpr,
                            recv: xo.ty,
                            obj,
                            index,
                            indirect,
                        },
                    );
                    return self.value(e, Mode::Value, t);
                }
                let is_field = o.is_var();
                if !is_field && self.w.has_ptr_recv(obj) && !indirect && !self.through_pointer(x) {
                    if let Some(root) = root_var(x) {
                        if let Some(ro) = self.lookup(root) {
                            if self.w.obj(ro).is_var() {
                                self.info.addr_taken.insert(ro);
                            }
                        }
                    }
                }
                let kind = if is_field {
                    SelectionKind::FieldVal
                } else {
                    SelectionKind::MethodVal
                };
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind,
                        recv: xo.ty,
                        obj,
                        index,
                        indirect,
                    },
                );
                if is_field {
                    let mode = if xo.mode == Mode::Variable || indirect {
                        Mode::Variable
                    } else {
                        Mode::Value
                    };
                    self.value(e, mode, o.ty)
                } else {
                    // A method value: the signature without receiver.
                    let sig = self.w.signature(o.ty).cloned().unwrap();
                    let t = self.w.add_type(Type::Signature(super::type_::Signature {
                        recv: None,
                        ..sig
                    }));
                    self.value(e, Mode::Value, t)
                }
            }
            Lookup::NeedsPointer => {
                let ts = self.ts(xo.ty);
                self.error(
                    sel.span.lo,
                    format!("cannot call pointer method {} on {ts}", sel.name),
                );
                self.invalid_op(Some(e))
            }
            Lookup::Ambiguous => {
                let xs = super::exprstring::expr_string(e);
                self.error(sel.span.lo, format!("ambiguous selector {xs}"));
                self.invalid_op(Some(e))
            }
            Lookup::NotFound => {
                let es = super::exprstring::expr_string(e);
                let ts = self.ts(xo.ty);
                let what = if xo.mode == Mode::TypeExpr {
                    format!("type {ts} has no method {}", sel.name)
                } else if self.w.is_pointer(xo.ty) && self.w.is_interface(self.w.deref(xo.ty).0) {
                    format!("type {ts} is pointer to interface, not interface")
                } else {
                    // A field or method with different capitalisation?
                    let alt = self.case_variant(xo.ty, &sel.name);
                    self.lookup_error(xo.ty, &sel.name, alt, false)
                };
                self.error(sel.span.lo, format!("{es} undefined ({what})"));
                self.invalid_op(Some(e))
            }
        }
    }

    /// A field or method whose name matches `name` ignoring case (types2's
    /// `lookupFieldOrMethod` with `foldCase`, at depth 0): methods first, then fields.
    fn case_variant(&mut self, t: TypeId, name: &str) -> Option<ObjId> {
        let lower = name.to_lowercase();
        let (b, _) = self.w.deref(t);
        for &m in self.w.named_methods(b) {
            if self.w.obj(m).name.to_lowercase() == lower {
                return Some(m);
            }
        }
        let u = self.w.under(b);
        if let Type::Struct { fields } = self.w.ty(u) {
            for f in fields {
                if f.name.to_lowercase() == lower {
                    return Some(f.obj);
                }
            }
        }
        None
    }

    /// types2 `lookupError`: why `sel` is not found in `typ`, given an object `alt`
    /// with a similar name; `struct_lit` selects the struct-literal wording.
    pub(crate) fn lookup_error(
        &mut self,
        typ: TypeId,
        sel: &str,
        alt: Option<ObjId>,
        struct_lit: bool,
    ) -> String {
        fn tail(s: &str) -> &str {
            s.char_indices().nth(1).map_or("", |(i, _)| &s[i..])
        }
        let is_exported = |s: &str| s.chars().next().is_some_and(|c| c.is_uppercase());
        #[derive(PartialEq)]
        enum Case {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let mut e = Case::Missing;
        let mut alt_name = String::new();
        let mut what = "object";
        if let Some(o) = alt {
            let obj = self.w.obj(o);
            alt_name = obj.name.clone();
            what = match obj.kind {
                ObjKind::Var { .. } => "field",
                ObjKind::Func { .. } => "method",
                _ => "object",
            };
            if obj.pkg == Some(self.pkg) {
                e = Case::Misspelled;
            } else if is_exported(sel) {
                if is_exported(&alt_name) {
                    e = Case::Misspelled;
                } else if tail(sel) == tail(&alt_name) {
                    e = Case::Unexported;
                }
            } else if is_exported(&alt_name) {
                if tail(sel) == tail(&alt_name) {
                    e = Case::Misspelled;
                }
            } else if sel == alt_name {
                e = Case::Inaccessible;
            }
        }
        let ts = self.ts(typ);
        if struct_lit {
            match e {
                Case::Missing => format!("unknown field {sel} in struct literal of type {ts}"),
                Case::Misspelled => format!(
                    "unknown field {sel} in struct literal of type {ts}, but does have {alt_name}"
                ),
                Case::Unexported => format!(
                    "unknown field {sel} in struct literal of type {ts}, but does have unexported {alt_name}"
                ),
                Case::Inaccessible => format!(
                    "cannot refer to unexported field {alt_name} in struct literal of type {ts}"
                ),
            }
        } else {
            match e {
                Case::Missing => format!("type {ts} has no field or method {sel}"),
                Case::Misspelled => {
                    format!(
                        "type {ts} has no field or method {sel}, but does have {what} {alt_name}"
                    )
                }
                Case::Unexported => format!(
                    "type {ts} has no field or method {sel}, but does have unexported {what} {alt_name}"
                ),
                Case::Inaccessible => format!("cannot refer to unexported {what} {alt_name}"),
            }
        }
    }

    pub(crate) fn type_assertion(&mut self, e: &'a Expr, x: &Operand<'a>, t: TypeId, switch: bool) {
        if self.w.is_interface(t) {
            return;
        }
        let q = self.q();
        if let Some((cause, notes)) = self.w.missing_method(t, x.ty, q) {
            let es = super::exprstring::expr_string(e);
            let (ts, xs) = (self.ts(t), self.ts(x.ty));
            let msg = if switch {
                let os = self.operand_string(x);
                format!(
                    "impossible type switch case: {es}\n\t{os} cannot have dynamic type {ts} {cause}"
                )
            } else {
                format!("impossible type assertion: {es}\n\t{ts} does not implement {xs} {cause}")
            };
            self.error_notes(e.span.lo, msg, notes);
        }
    }

    fn unary(&mut self, e: &'a Expr, op: UnOp, xe: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.expr(xe, hint);
        if x.mode == Mode::Invalid {
            return self.invalid_op(Some(e));
        }
        match op {
            UnOp::Addr => {
                let inner = unparen(xe);
                if matches!(inner.kind, ExprKind::CompositeLit { .. }) || x.mode == Mode::Variable {
                    if let Some(root) = root_var(inner) {
                        if let Some(o) = self.lookup(root) {
                            if self.w.obj(o).is_var() && !self.through_pointer(inner) {
                                self.info.addr_taken.insert(o);
                            }
                        }
                    }
                    let t = self.w.pointer(x.ty);
                    return self.value(e, Mode::Value, t);
                }
                let xs = self.operand_string(&x);
                self.error(
                    xe.span.lo,
                    format!("{INVALID_OP}cannot take address of {xs}"),
                );
                self.invalid_op(Some(e))
            }
            UnOp::Recv => match self.w.ty(self.w.under(x.ty)).clone() {
                Type::Chan { dir, elem } => {
                    if dir == ChanDir::Send {
                        let xs = self.operand_string(&x);
                        self.error(
                            xe.span.lo,
                            format!("{INVALID_OP}cannot receive from send-only channel {xs}"),
                        );
                        return self.invalid_op(Some(e));
                    }
                    self.value(e, Mode::CommaOk, elem)
                }
                _ => {
                    let xs = self.operand_string(&x);
                    self.error(
                        xe.span.lo,
                        format!("{INVALID_OP}cannot receive from non-channel {xs}"),
                    );
                    self.invalid_op(Some(e))
                }
            },
            _ => {
                let ok = match op {
                    UnOp::Plus | UnOp::Neg => self.w.is_numeric(x.ty),
                    UnOp::Xor => self.w.is_integer(x.ty),
                    UnOp::Not => self.w.is_boolean(x.ty),
                    _ => false,
                };
                if !ok {
                    let xs = self.operand_string(&x);
                    self.error(
                        xe.span.lo,
                        format!("{INVALID_OP}operator {} not defined on {xs}", op.as_str()),
                    );
                    return self.invalid_op(Some(e));
                }
                if let Mode::Constant(v) = &x.mode {
                    let prec = if self.w.is_unsigned(x.ty) {
                        (self.w.sizeof(x.ty) * 8) as u32
                    } else {
                        0
                    };
                    let r = constant::unary_op(op, v, prec);
                    x.mode = Mode::Constant(r);
                    x.expr = Some(e);
                    self.overflow(&mut x);
                    return Operand { expr: Some(e), ..x };
                }
                self.value(e, Mode::Value, x.ty)
            }
        }
    }

    /// Whether the location `e` (already checked) is reached through a pointer: an explicit
    /// `*p`, a field selected through a pointer (`p.f`, or an embedded pointer on the way),
    /// or an element of a slice or of a pointed-to array. Taking its address then takes no
    /// local variable's address.
    pub(crate) fn through_pointer(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Star(_) => true,
            ExprKind::Selector { x, .. } => {
                self.info.selections.get(&e.id).is_some_and(|s| s.indirect)
                    || self.through_pointer(x)
            }
            ExprKind::Index { x, .. } => {
                let via_pointer = self.info.types.get(&x.id).is_some_and(|t| {
                    matches!(
                        self.w.ty(self.w.under(t.ty)),
                        Type::Slice(_) | Type::Pointer(_)
                    )
                });
                via_pointer || self.through_pointer(x)
            }
            ExprKind::Paren(x) => self.through_pointer(x),
            _ => false,
        }
    }

    /// Checks a typed constant result fits its type (types2 `overflow`).
    pub(crate) fn overflow(&mut self, x: &mut Operand<'a>) {
        let Mode::Constant(v) = &x.mode else { return };
        if v.is_unknown() {
            self.error(x.pos(), "constant result is not representable");
            return;
        }
        if self.w.is_typed(x.ty) {
            let t = self.w.under(x.ty);
            let _ = t;
            let ty = x.ty;
            self.representable(x, ty);
            return;
        }
        if constant::bit_len(v) > 512 {
            let op = match x.expr.map(|e| &e.kind) {
                Some(ExprKind::Binary { op, .. }) => match op {
                    BinOp::Add => "addition ",
                    BinOp::Sub => "subtraction ",
                    BinOp::Mul => "multiplication ",
                    BinOp::Shl => "shift ",
                    _ => "",
                },
                _ => "",
            };
            self.error(x.pos(), format!("constant {op}overflow"));
            x.mode = Mode::Constant(ConstValue::Unknown);
        }
    }

    fn may_convert(&mut self, x: &Operand<'a>, y: &Operand<'a>) -> bool {
        let w = &self.w;
        if w.is_typed(x.ty) && w.is_typed(y.ty) {
            return false;
        }
        if w.is_numeric(x.ty) != w.is_numeric(y.ty) {
            return false;
        }
        if w.is_boolean(x.ty) != w.is_boolean(y.ty) {
            return false;
        }
        if w.is_string(x.ty) != w.is_string(y.ty) {
            return false;
        }
        if x.is_nil() {
            return w.has_nil(y.ty);
        }
        if y.is_nil() {
            return w.has_nil(x.ty);
        }
        if w.is_pointer(x.ty) || w.is_pointer(y.ty) {
            return false;
        }
        true
    }

    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        if self.may_convert(x, y) {
            let yt = y.ty;
            self.convert_untyped(x, yt);
            if x.mode == Mode::Invalid {
                return;
            }
            let xt = x.ty;
            self.convert_untyped(y, xt);
            if y.mode == Mode::Invalid {
                x.mode = Mode::Invalid;
            }
        }
    }

    fn kind_string(&self, t: TypeId) -> String {
        match self.w.ty(self.w.under(t)) {
            Type::Slice(_) => "slice".into(),
            Type::Signature(_) => "func".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            Type::Struct { .. } => "struct".into(),
            Type::Interface(_) => "interface".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Array { .. } => "array".into(),
            _ => self.ts(t),
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.w.ty(self.w.under(t)) {
            Type::Slice(_) | Type::Signature(_) | Type::Map { .. } => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            _ => {
                let c = self.w.comparable(t).err().unwrap_or_default();
                if c.is_empty() {
                    c
                } else {
                    // Re-qualify with our qualifier.
                    c
                }
            }
        }
    }

    /// A comparison; `switch_case` words the error for a switch case.
    pub(crate) fn comparison(
        &mut self,
        e: Option<&'a Expr>,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinOp,
        switch_case: bool,
    ) {
        let mut cause = String::new();
        let mut err_op_is_x = false;
        let mut bad = false;
        let ok = self.assignable_to(x, y.ty).is_ok() || self.assignable_to(y, x.ty).is_ok();
        if !ok {
            cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
            bad = true;
        } else {
            match op {
                BinOp::Eql | BinOp::Neq => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.w.has_nil(t) && !(x.is_nil() && y.is_nil()) {
                            bad = true;
                        } else if x.is_nil() && y.is_nil() {
                            cause = "operator == not defined on nil".into();
                            if op == BinOp::Neq {
                                cause = "operator != not defined on nil".into();
                            }
                            bad = true;
                        }
                    } else if self.w.comparable(x.ty).is_err() && !self.w.is_interface(x.ty) {
                        err_op_is_x = true;
                        cause = self.incomparable_cause(x.ty);
                        bad = true;
                    } else if self.w.comparable(y.ty).is_err() && !self.w.is_interface(y.ty) {
                        cause = self.incomparable_cause(y.ty);
                        bad = true;
                    }
                }
                _ => {
                    if !self.w.is_ordered(x.ty) {
                        err_op_is_x = true;
                        bad = true;
                    } else if !self.w.is_ordered(y.ty) {
                        bad = true;
                    }
                }
            }
        }
        if bad {
            if cause.is_empty() {
                let t = if err_op_is_x { x.ty } else { y.ty };
                cause = format!(
                    "operator {} not defined on {}",
                    op.as_str(),
                    self.kind_string(t)
                );
            }
            let xs = x
                .expr
                .map(super::exprstring::expr_string)
                .unwrap_or_default();
            // A switch without tag compares against a synthetic `true`.
            let ys = y
                .expr
                .map(super::exprstring::expr_string)
                .unwrap_or_else(|| {
                    if switch_case {
                        "true".into()
                    } else {
                        String::new()
                    }
                });
            if switch_case {
                self.error(
                    x.pos(),
                    format!("invalid case {xs} in switch on {ys} ({cause})"),
                );
            } else {
                let pos = if err_op_is_x { x.pos() } else { y.pos() };
                let pos = e.map(|e| e.span.lo).filter(|_| false).unwrap_or(pos);
                self.error(
                    pos,
                    format!("{INVALID_OP}{xs} {} {ys} ({cause})", op.as_str()),
                );
            }
            x.mode = Mode::Invalid;
            return;
        }
        if let (Mode::Constant(a), Mode::Constant(b)) = (&x.mode, &y.mode) {
            x.mode = Mode::Constant(ConstValue::Bool(constant::compare(a, op, b)));
        } else {
            x.mode = Mode::Value;
            let (dx, dy) = (self.w.default_type(x.ty), self.w.default_type(y.ty));
            if let Some(xe) = x.expr {
                self.update_expr_type(xe, dx, true);
            }
            if let Some(ye) = y.expr {
                self.update_expr_type(ye, dy, true);
            }
        }
        x.ty = self.w.basic("untyped bool");
    }

    fn binary(
        &mut self,
        e: &'a Expr,
        op: BinOp,
        xe: &'a Expr,
        ye: &'a Expr,
        op_pos: u32,
        _hint: Option<TypeId>,
    ) -> Operand<'a> {
        let mut x = self.expr(xe, None);
        let mut y = self.expr(ye, None);
        if x.mode == Mode::Invalid {
            return self.invalid_op(Some(e));
        }
        if y.mode == Mode::Invalid {
            return self.invalid_op(Some(e));
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, &mut x, &mut y, op);
        }
        self.match_types(&mut x, &mut y);
        if x.mode == Mode::Invalid {
            return self.invalid_op(Some(e));
        }
        if is_comparison(op) {
            self.comparison(Some(e), &mut x, &mut y, op, false);
            if x.mode == Mode::Invalid {
                return self.invalid_op(Some(e));
            }
            return Operand { expr: Some(e), ..x };
        }
        if !self.w.identical(x.ty, y.ty) {
            if self.w.is_valid(x.ty) && self.w.is_valid(y.ty) {
                // An assignment operation `x op= y` is checked as a synthetic binary
                // expression (id u32::MAX); types2 prints it with its `op=`.
                let es = if e.id == u32::MAX {
                    format!(
                        "{} {}= {}",
                        super::exprstring::expr_string(xe),
                        op.as_str(),
                        super::exprstring::expr_string(ye)
                    )
                } else {
                    super::exprstring::expr_string(e)
                };
                let (xs, ys) = (self.ts(x.ty), self.ts(y.ty));
                self.error(
                    e.span.lo,
                    format!("{INVALID_OP}{es} (mismatched types {xs} and {ys})"),
                );
            }
            return self.invalid_op(Some(e));
        }
        let ok = match op {
            BinOp::Add => self.w.is_numeric(x.ty) || self.w.is_string(x.ty),
            BinOp::Sub | BinOp::Mul | BinOp::Quo => self.w.is_numeric(x.ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                self.w.is_integer(x.ty)
            }
            BinOp::LAnd | BinOp::LOr => self.w.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let xs = self.operand_string(&x);
            self.error(
                x.pos(),
                format!("{INVALID_OP}operator {} not defined on {xs}", op.as_str()),
            );
            return self.invalid_op(Some(e));
        }
        if matches!(op, BinOp::Quo | BinOp::Rem) {
            if let Mode::Constant(v) = &y.mode {
                if (x.mode != Mode::Value && matches!(x.mode, Mode::Constant(_))
                    || self.w.is_integer(x.ty))
                    && v.sign() == 0
                {
                    self.error(y.pos(), format!("{INVALID_OP}division by zero"));
                    return self.invalid_op(Some(e));
                }
                if matches!(x.mode, Mode::Constant(_)) && v.sign() == 0 {
                    self.error(y.pos(), format!("{INVALID_OP}division by zero"));
                    return self.invalid_op(Some(e));
                }
            }
        }
        if let (Mode::Constant(a), Mode::Constant(b)) = (&x.mode, &y.mode) {
            let int_div = self.w.is_integer(x.ty);
            let r = constant::binary_op(a, op, b, int_div);
            let mut r = Operand {
                mode: Mode::Constant(r),
                expr: Some(e),
                ty: x.ty,
            };
            let _ = op_pos;
            self.overflow(&mut r);
            if r.mode == Mode::Invalid {
                return self.invalid_op(Some(e));
            }
            return r;
        }
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: x.ty,
        }
    }

    fn shift(
        &mut self,
        e: &'a Expr,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinOp,
    ) -> Operand<'a> {
        // The shifted operand.
        let xval = x.val().and_then(|v| v.to_int());
        if self.w.is_integer(x.ty)
            || (self.w.is_untyped(x.ty) && xval.is_some() && matches!(x.mode, Mode::Constant(_)))
        {
            if self.w.is_untyped(x.ty) {
                // An untyped constant representable as an integer.
                if let Some(iv) = xval {
                    x.mode = Mode::Constant(ConstValue::Int(iv));
                }
            }
        } else {
            let xs = self.operand_string(x);
            self.error(
                x.pos(),
                format!("{INVALID_OP}shifted operand {xs} must be integer"),
            );
            return self.invalid_op(Some(e));
        }
        // The shift count.
        if let Some(v) = y.val().cloned() {
            let Some(i) = v.to_int() else {
                let ys = self.operand_string(y);
                self.error(
                    y.pos(),
                    format!("{INVALID_OP}shift count {ys} must be integer"),
                );
                return self.invalid_op(Some(e));
            };
            if i < 0.into() {
                let ys = self.operand_string(y);
                self.error(y.pos(), format!("{INVALID_OP}negative shift count {ys}"));
                return self.invalid_op(Some(e));
            }
            if self.w.is_untyped(y.ty) {
                let ui = self.w.basic("uint");
                self.convert_untyped(y, ui);
                if y.mode == Mode::Invalid {
                    return self.invalid_op(Some(e));
                }
            }
        } else if self.w.is_untyped(y.ty) {
            let ui = self.w.basic("uint");
            self.convert_untyped(y, ui);
            if y.mode == Mode::Invalid {
                return self.invalid_op(Some(e));
            }
        } else if !self.w.is_integer(y.ty) {
            let ys = self.operand_string(y);
            self.error(
                y.pos(),
                format!("{INVALID_OP}shift count {ys} must be integer"),
            );
            return self.invalid_op(Some(e));
        }
        if let Mode::Constant(xv) = &x.mode {
            if let Mode::Constant(yv) = &y.mode {
                let s = yv.to_i64().unwrap_or(i64::MAX);
                if s > 1023 + 512 {
                    let ys = self.operand_string(y);
                    self.error(y.pos(), format!("{INVALID_OP}invalid shift count {ys}"));
                    return self.invalid_op(Some(e));
                }
                let r = constant::shift(xv, op == BinOp::Shl, s as u32);
                let ty = if self.w.is_untyped(x.ty) && !self.w.is_integer(x.ty) {
                    self.w.basic("untyped int")
                } else {
                    x.ty
                };
                let mut r = Operand {
                    mode: Mode::Constant(r),
                    expr: Some(e),
                    ty,
                };
                self.overflow(&mut r);
                return r;
            }
            // Non-constant shift of an untyped constant: the result stays untyped
            // until the context gives it a type (types2 delays this check).
            if self.w.is_untyped(x.ty) {
                return Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    ty: x.ty,
                };
            }
        }
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: x.ty,
        }
    }
}

pub(crate) fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

/// The variable at the root of an addressable path `v.f[i].g`.
pub(crate) fn root_var(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n),
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } | ExprKind::Index { x, .. } => {
            root_var(x)
        }
        _ => None,
    }
}
