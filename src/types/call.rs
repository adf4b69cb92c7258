//! Calls and arguments, index and slice expressions, composite literals
//! (types2 `call.go`, `index.go`, `literals.go`).

use super::checker::{Checker, Mode};
use super::constant::ConstValue;
use super::operand::Operand;
use super::type_::{Type, TypeId};
use crate::syntax::ast::{Expr, ExprKind};

impl<'a> Checker<'a> {
    pub(crate) fn call_expr(&mut self, e: &'a Expr, _hint: Option<TypeId>) -> Operand<'a> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            rparen,
            ..
        } = &e.kind
        else {
            unreachable!()
        };
        let f = self.expr_or_type(fun);
        match f.mode.clone() {
            Mode::Invalid => {
                for a in args {
                    self.expr(a, None);
                }
                self.invalid_op(Some(e))
            }
            Mode::TypeExpr => {
                let t = f.ty;
                if args.len() != 1 {
                    let ts = self.ts(t);
                    if args.is_empty() {
                        self.error(*rparen, format!("missing argument in conversion to {ts}"));
                    } else {
                        self.error(
                            args[1].span.lo,
                            format!("too many arguments in conversion to {ts}"),
                        );
                    }
                    return self.invalid_op(Some(e));
                }
                let mut x = self.expr(&args[0], Some(t));
                if x.mode == Mode::Invalid {
                    return self.invalid_op(Some(e));
                }
                self.conversion(&mut x, t);
                if x.mode != Mode::Invalid {
                    self.info.conversions.insert(e.id, t);
                }
                Operand { expr: Some(e), ..x }
            }
            Mode::Builtin(b) => self.builtin(e, b, args, ellipsis.is_some()),
            _ => {
                let Some(sig) = self.w.signature(f.ty).cloned() else {
                    let fs = self.operand_string(&f);
                    self.error(
                        e.span.lo,
                        format!("invalid operation: cannot call non-function {fs}"),
                    );
                    for a in args {
                        self.expr(a, None);
                    }
                    return self.invalid_op(Some(e));
                };
                self.arguments(e, &sig, args, ellipsis.is_some());
                let mode = if sig.results.is_empty() {
                    Mode::NoValue
                } else {
                    Mode::Value
                };
                let ty = self
                    .w
                    .results_type(&sig)
                    .unwrap_or_else(|| self.w.invalid());
                Operand {
                    mode,
                    expr: Some(e),
                    ty,
                }
            }
        }
    }

    /// Checks call arguments against a signature (types2 `arguments`).
    fn arguments(
        &mut self,
        call: &'a Expr,
        sig: &super::type_::Signature,
        args: &'a [Expr],
        ddd: bool,
    ) {
        // Evaluate arguments; a single multi-valued call spreads.
        let mut ops: Vec<Operand<'a>> = Vec::new();
        let mut spread = false;
        if args.len() == 1 && !ddd {
            let x = self.multi_expr(&args[0]);
            if x.mode == Mode::Value {
                if let Type::Tuple(ts) = self.w.ty(x.ty).clone() {
                    spread = true;
                    for t in ts {
                        ops.push(Operand {
                            mode: Mode::Value,
                            expr: x.expr,
                            ty: t,
                        });
                    }
                }
            }
            if !spread {
                ops.push(x);
            }
        } else {
            for a in args {
                ops.push(self.expr(a, None));
            }
        }
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return;
        }
        let np = sig.params.len();
        let nargs = ops.len();
        if ddd {
            if !sig.variadic {
                let fs = call_fun_string(call);
                self.error(
                    call.span.lo,
                    format!("cannot use ... in call to non-variadic {fs}"),
                );
                return;
            }
        }
        let mut param_types: Vec<TypeId> = sig.params.iter().map(|p| p.ty).collect();
        if sig.variadic && !ddd {
            let last = param_types.pop().unwrap();
            let elem = match self.w.ty(last) {
                Type::Slice(e) => *e,
                _ => last,
            };
            while param_types.len() < nargs {
                param_types.push(elem);
            }
            if nargs < np - 1 {
                param_types.truncate(nargs.max(np - 1));
            }
        }
        let enough = if sig.variadic && !ddd {
            nargs >= np - 1
        } else {
            nargs == np
        };
        if !enough || (!sig.variadic || ddd) && nargs != np {
            let too_many = nargs > param_types.len();
            // types2 reports at the first extra argument, else at the last
            // argument, else at the call.
            let at = if too_many {
                ops[param_types.len()].pos()
            } else if let Some(last) = ops.last() {
                last.pos()
            } else {
                call.span.lo
            };
            let at = if spread && too_many {
                args[0].span.lo
            } else {
                at
            };
            let fs = call_fun_string(call);
            let have = self.tuple_string(&ops.iter().map(|o| o.ty).collect::<Vec<_>>(), &ops);
            let want = self.params_string(sig);
            let msg = if too_many {
                format!("too many arguments in call to {fs}")
            } else {
                format!("not enough arguments in call to {fs}")
            };
            self.error_notes(
                at,
                msg,
                vec![format!("have {have}"), format!("want {want}")],
            );
            return;
        }
        let ctx = format!("argument to {}", call_fun_string(call));
        for (i, mut x) in ops.into_iter().enumerate() {
            let t = param_types[i];
            self.assignment(&mut x, Some(t), &ctx);
        }
    }

    fn tuple_string(&self, ts: &[TypeId], ops: &[Operand]) -> String {
        let parts: Vec<String> = ts
            .iter()
            .zip(ops)
            .map(|(t, o)| {
                if matches!(o.mode, Mode::Constant(_)) && self.w.is_untyped(*t) {
                    "number".to_string()
                } else if o.is_nil() {
                    "nil".to_string()
                } else {
                    self.ts(*t)
                }
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    fn params_string(&self, sig: &super::type_::Signature) -> String {
        let s = super::type_::Signature {
            recv: None,
            params: sig.params.clone(),
            results: vec![],
            variadic: sig.variadic,
        };
        let full = self.w.signature_string(&s, self.q());
        // Parameter names are not printed in want (...) lines.
        let parts: Vec<String> = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if sig.variadic && i == sig.params.len() - 1 {
                    let e = match self.w.ty(p.ty) {
                        Type::Slice(e) => *e,
                        _ => p.ty,
                    };
                    format!("...{}", self.ts(e))
                } else {
                    self.ts(p.ty)
                }
            })
            .collect();
        let _ = full;
        format!("({})", parts.join(", "))
    }

    pub(crate) fn index_expr(&mut self, e: &'a Expr, xe: &'a Expr, ie: &'a Expr) -> Operand<'a> {
        let x = self.expr_or_type(xe);
        if x.mode == Mode::Invalid {
            self.expr(ie, None);
            return self.invalid_op(Some(e));
        }
        if x.mode == Mode::TypeExpr {
            let ts = self.ts(x.ty);
            self.error(e.span.lo, format!("{ts} is not a generic type"));
            return self.invalid_op(Some(e));
        }
        let u = self.w.under(x.ty);
        let (elem, len, mode) = match self.w.ty(u).clone() {
            Type::Basic { kind, .. } if kind.is_string() => {
                let l = match x.val() {
                    Some(super::ConstValue::String(s)) => Some(s.len() as i64),
                    _ => None,
                };
                (self.w.basic("byte"), l, Mode::Value)
            }
            Type::Array { len, elem } => (
                elem,
                Some(len),
                if x.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                },
            ),
            Type::Pointer(p) => match self.w.ty(self.w.under(p)).clone() {
                Type::Array { len, elem } => (elem, Some(len), Mode::Variable),
                _ => return self.not_indexable(e, &x, ie),
            },
            Type::Slice(elem) => (elem, None, Mode::Variable),
            Type::Map { key, elem } => {
                let mut k = self.expr(ie, Some(key));
                self.assignment(&mut k, Some(key), "map index");
                return Operand {
                    mode: Mode::MapIndex,
                    expr: Some(e),
                    ty: elem,
                };
            }
            _ => return self.not_indexable(e, &x, ie),
        };
        self.index(ie, len);
        Operand {
            mode,
            expr: Some(e),
            ty: elem,
        }
    }

    fn not_indexable(&mut self, e: &'a Expr, x: &Operand<'a>, ie: &'a Expr) -> Operand<'a> {
        // types2 reports at the IndexExpr's position, which is its `[`.
        let at = match &e.kind {
            ExprKind::Index { lbrack, .. } => *lbrack,
            _ => e.span.lo,
        };
        let xs = self.operand_string(x);
        self.error(at, format!("invalid operation: cannot index {xs}"));
        self.expr(ie, None);
        self.invalid_op(Some(e))
    }

    /// Checks an index value (types2 `index`): integer, non-negative, in range.
    pub(crate) fn index(&mut self, ie: &'a Expr, max: Option<i64>) -> Option<i64> {
        let mut x = self.expr(ie, None);
        if x.mode == Mode::Invalid {
            return None;
        }
        if self.w.is_untyped(x.ty) {
            let int = self.w.basic("int");
            self.convert_untyped(&mut x, int);
            if x.mode == Mode::Invalid {
                return None;
            }
        }
        if !self.w.is_integer(x.ty) {
            let xs = self.operand_string(&x);
            self.error(
                x.pos(),
                format!("invalid argument: index {xs} must be integer"),
            );
            return None;
        }
        if let Some(v) = x.val() {
            let i = v.to_i64().unwrap_or(i64::MAX);
            if v.sign() < 0 {
                let xs = self.operand_string(&x);
                self.error(
                    x.pos(),
                    format!("invalid argument: index {xs} must not be negative"),
                );
                return None;
            }
            if let Some(m) = max {
                if i >= m {
                    self.error(
                        x.pos(),
                        format!(
                            "invalid argument: index {} out of bounds [0:{m}]",
                            v.go_string()
                        ),
                    );
                    return None;
                }
            }
            return Some(i);
        }
        None
    }

    pub(crate) fn slice_expr(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        full: bool,
    ) -> Operand<'a> {
        let x = self.expr(xe, None);
        if x.mode == Mode::Invalid {
            return self.invalid_op(Some(e));
        }
        let u = self.w.under(x.ty);
        let (ty, len) = match self.w.ty(u).clone() {
            Type::Basic { kind, .. } if kind.is_string() => {
                if full {
                    let at = max.map(|m| m.span.lo).unwrap_or(e.span.lo);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return self.invalid_op(Some(e));
                }
                let t = if self.w.is_untyped(x.ty) {
                    self.w.basic("string")
                } else {
                    x.ty
                };
                let l = match x.val() {
                    Some(super::ConstValue::String(s)) => Some(s.len() as i64 + 1),
                    _ => None,
                };
                (t, l)
            }
            Type::Array { len, elem } => {
                if x.mode != Mode::Variable {
                    let xs = self.operand_string(&x);
                    self.error(
                        e.span.lo,
                        format!("invalid operation: {xs} (slice of unaddressable value)"),
                    );
                    return self.invalid_op(Some(e));
                }
                if let Some(r) = super::expr::root_var(xe) {
                    if let Some(o) = self.lookup(r) {
                        if !self.through_pointer(xe) {
                            self.info.addr_taken.insert(o);
                        }
                    }
                }
                (self.w.slice(elem), Some(len + 1))
            }
            Type::Pointer(p) => match self.w.ty(self.w.under(p)).clone() {
                Type::Array { len, elem } => (self.w.slice(elem), Some(len + 1)),
                _ => return self.cannot_slice(e, &x),
            },
            Type::Slice(_) => (x.ty, None),
            _ => return self.cannot_slice(e, &x),
        };
        // Constant indices must be in order (types2 sliceExpr).
        let mut ind: [i64; 3] = [-1; 3];
        for (i, ix) in [lo, hi, max].into_iter().enumerate() {
            ind[i] = match ix {
                Some(ix) => self.index(ix, len).unwrap_or(-1),
                None if i == 0 => 0,
                None => len.map(|l| l - 1).unwrap_or(-1),
            };
        }
        let exprs = [lo, hi, max];
        'l: for i in 0..2 {
            let x = ind[i];
            if x > 0 {
                for j in i + 1..3 {
                    let y = ind[j];
                    if y >= 0 && y < x {
                        if let Some(at) = exprs[j] {
                            self.error(at.span.lo, format!("invalid slice indices: {y} < {x}"));
                        }
                        break 'l;
                    }
                }
            }
        }
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty,
        }
    }

    fn cannot_slice(&mut self, e: &'a Expr, x: &Operand<'a>) -> Operand<'a> {
        let xs = self.operand_string(x);
        self.error(x.pos(), format!("cannot slice {xs}"));
        self.invalid_op(Some(e))
    }

    pub(crate) fn composite_lit(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elems: &'a [Expr],
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let mut elided_ptr = None;
        let t = match ty {
            Some(te) => {
                if let ExprKind::ArrayType { len: None, elem } = &te.kind {
                    let et = self.type_expr(elem);
                    let n = self.indexed_elems(elems, et, None);
                    let at = self.w.array(n, et);
                    self.info.types.insert(
                        te.id,
                        super::checker::TypeAndValue {
                            mode: Mode::TypeExpr,
                            ty: at,
                        },
                    );
                    return Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: at,
                    };
                }
                self.type_expr(te)
            }
            None => match hint {
                Some(h) => {
                    let (b, isp) = self.w.deref(h);
                    if isp && !self.w.is_named(h) {
                        // `{...}` for an element of type *T means `&T{...}`.
                        elided_ptr = Some(h);
                        b
                    } else {
                        h
                    }
                }
                None => {
                    self.error(e.span.lo, "invalid composite literal type: missing type");
                    return self.invalid_op(Some(e));
                }
            },
        };
        if !self.w.is_valid(t) {
            for el in elems {
                if let ExprKind::KeyValue { value, .. } = &el.kind {
                    self.expr(value, None);
                }
            }
            return self.invalid_op(Some(e));
        }
        let u = self.w.under(t);
        match self.w.ty(u).clone() {
            Type::Struct { fields } => {
                if elems.is_empty() {
                } else if matches!(elems[0].kind, ExprKind::KeyValue { .. }) {
                    let mut seen = crate::fxhash::HashSet::default();
                    for el in elems {
                        let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                            self.error(
                                el.span.lo,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(el, None);
                            continue;
                        };
                        let ExprKind::Ident(name) = &key.kind else {
                            let ks = super::exprstring::expr_string(key);
                            self.error(
                                key.span.lo,
                                format!("invalid field name {ks} in struct literal"),
                            );
                            self.expr(value, None);
                            continue;
                        };
                        // types2 fieldIndex: an unexported field of another package
                        // does not match.
                        let pkg = self.pkg;
                        let Some(i) = fields.iter().position(|f| {
                            &f.name == name
                                && (self.w.obj(f.obj).exported()
                                    || self.w.obj(f.obj).pkg == Some(pkg))
                        }) else {
                            let lower = name.to_lowercase();
                            let alt = fields
                                .iter()
                                .find(|f| f.name.to_lowercase() == lower)
                                .map(|f| f.obj);
                            let msg = self.lookup_error(t, name, alt, true);
                            self.error(key.span.lo, msg);
                            self.expr(value, None);
                            continue;
                        };
                        let ki = crate::syntax::ast::Ident {
                            id: key.id,
                            name: name.clone(),
                            span: key.span,
                        };
                        self.record_use(&ki, fields[i].obj);
                        if !seen.insert(i) {
                            self.error(
                                key.span.lo,
                                format!("duplicate field name {name} in struct literal"),
                            );
                            continue;
                        }
                        let ft = fields[i].ty;
                        let mut x = self.expr(value, Some(ft));
                        self.assignment(&mut x, Some(ft), "struct literal");
                    }
                } else {
                    for (i, el) in elems.iter().enumerate() {
                        if let ExprKind::KeyValue { value, .. } = &el.kind {
                            self.error(
                                el.span.lo,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(value, None);
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            let ts = self.ts(t);
                            self.error(
                                el.span.lo,
                                format!("too many values in struct literal of type {ts}"),
                            );
                            break;
                        };
                        let ft = f.ty;
                        let mut x = self.expr(el, Some(ft));
                        self.assignment(&mut x, Some(ft), "struct literal");
                    }
                    if elems.len() < fields.len() && !elems.is_empty() {
                        let ts = self.ts(t);
                        let rb = match &e.kind {
                            ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                            _ => e.span.hi,
                        };
                        self.error(rb, format!("too few values in struct literal of type {ts}"));
                    }
                }
            }
            Type::Array { len, elem } => {
                self.indexed_elems(elems, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elems(elems, elem, None);
            }
            Type::Map { key, elem } => {
                let mut seen_keys: Vec<(String, TypeId)> = Vec::new();
                for el in elems {
                    let ExprKind::KeyValue { key: k, value, .. } = &el.kind else {
                        self.error(el.span.lo, "missing key in map literal");
                        self.expr(el, None);
                        continue;
                    };
                    let mut kx = self.expr(k, Some(key));
                    self.assignment(&mut kx, Some(key), "map literal");
                    // Constant keys must be unique (types2 exprInternal, map case);
                    // with an interface key type, only keys of identical types clash.
                    if let Mode::Constant(v) = &kx.mode {
                        let kv = match v {
                            ConstValue::Int(_) | ConstValue::Float(_) => {
                                v.to_rat().map(|r| format!("n:{r}"))
                            }
                            ConstValue::Complex(re, im) => Some(format!("c:{re}:{im}")),
                            ConstValue::String(s) => Some(format!("s:{s:?}")),
                            ConstValue::Bool(b) => Some(format!("b:{b}")),
                            ConstValue::Unknown => None,
                        };
                        if let Some(kv) = kv {
                            let iface = self.w.is_interface(key);
                            let dup = seen_keys.iter().any(|(k2, t2)| {
                                *k2 == kv && (!iface || self.w.identical(*t2, kx.ty))
                            });
                            if dup {
                                let vs = v.go_string();
                                self.error(kx.pos(), format!("duplicate key {vs} in map literal"));
                                continue;
                            }
                            seen_keys.push((kv, kx.ty));
                        }
                    }
                    let mut vx = self.expr(value, Some(elem));
                    self.assignment(&mut vx, Some(elem), "map literal");
                }
            }
            _ => {
                let ts = self.ts(t);
                self.error(e.span.lo, format!("invalid composite literal type {ts}"));
                return self.invalid_op(Some(e));
            }
        }
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: elided_ptr.unwrap_or(t),
        }
    }

    /// Array/slice literal elements; returns the length.
    fn indexed_elems(&mut self, elems: &'a [Expr], elem: TypeId, len: Option<i64>) -> i64 {
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        let mut seen = crate::fxhash::HashSet::default();
        for el in elems {
            let value = if let ExprKind::KeyValue { key, value, .. } = &el.kind {
                if let Some(i) = self.index(key, len) {
                    index = i;
                }
                value
            } else {
                if let Some(l) = len {
                    if index >= l {
                        self.error(
                            el.span.lo,
                            format!("index {index} is out of bounds (>= {l})"),
                        );
                    }
                }
                el
            };
            if !seen.insert(index) {
                self.error(
                    el.span.lo,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            let mut x = self.expr(value, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }
}

pub(crate) fn call_fun_string(call: &Expr) -> String {
    match &call.kind {
        ExprKind::Call { fun, .. } => super::exprstring::expr_string(fun),
        _ => String::new(),
    }
}
