//! Calls of the predeclared functions and of package unsafe's (types2 `builtins.go`).

use super::checker::{Checker, Mode};
use super::constant::{self, ConstValue};
use super::object::Builtin;
use super::operand::Operand;
use super::type_::{Param, Signature, Type};
use crate::syntax::ast::Expr;

impl<'a> Checker<'a> {
    pub(crate) fn builtin(
        &mut self,
        call: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ddd: bool,
    ) -> Operand<'a> {
        let name = b.name();
        let (min, variadic, _) = b.arity();
        let cs = super::exprstring::expr_string(call);
        if ddd && b != Builtin::Append {
            self.error(
                call.span.lo,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            return self.invalid_op(Some(call));
        }
        // Arguments of ordinary built-ins are evaluated before the count is checked;
        // make and new take a type first (types2 builtin).
        let special = matches!(b, Builtin::Make | Builtin::New);
        let mut xs: Vec<Operand<'a>> = Vec::new();
        if !special {
            for a in args {
                let x = self.expr(a, None);
                xs.push(x);
            }
            if xs.iter().any(|x| x.mode == Mode::Invalid) {
                return self.invalid_op(Some(call));
            }
        }
        let nargs = args.len();
        let count_msg = if nargs < min {
            "not enough"
        } else if !variadic && nargs > min {
            "too many"
        } else {
            ""
        };
        if !count_msg.is_empty() {
            self.error(
                call.span.lo,
                format!("invalid operation: {count_msg} arguments for {cs} (expected {min}, found {nargs})"),
            );
            return self.invalid_op(Some(call));
        }
        if special {
            let t = self.type_expr(&args[0]);
            if !self.w.is_valid(t) {
                return self.invalid_op(Some(call));
            }
            if b == Builtin::New {
                let p = self.w.pointer(t);
                return Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: p,
                };
            }
            let u = self.w.under(t);
            let min_args = match self.w.ty(u) {
                Type::Slice(_) => 2,
                Type::Map { .. } | Type::Chan { .. } => 1,
                _ => {
                    let ts = super::exprstring::expr_string(&args[0]);
                    self.error(args[0].span.lo, format!("invalid argument: cannot make {ts}; type must be slice, map, or channel"));
                    return self.invalid_op(Some(call));
                }
            };
            if args.len() < min_args || args.len() > min_args + 1 {
                let ts = self.ts(t);
                self.error(
                    call.span.lo,
                    format!(
                        "invalid operation: {cs} expects {min_args} or {} arguments; found {}",
                        min_args + 1,
                        args.len()
                    ),
                );
                let _ = ts;
                return self.invalid_op(Some(call));
            }
            let sizes: Vec<i64> = args[1..]
                .iter()
                .filter_map(|a| self.index(a, None))
                .collect();
            if sizes.len() == 2 && sizes[0] > sizes[1] {
                self.error(
                    args[1].span.lo,
                    "invalid argument: length and capacity swapped",
                );
            }
            return Operand {
                mode: Mode::Value,
                expr: Some(call),
                ty: t,
            };
        }
        let int = self.w.basic("int");
        let novalue = |c: &Checker<'a>| Operand {
            mode: Mode::NoValue,
            expr: Some(call),
            ty: c.w.invalid(),
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = &xs[0];
                let u = self.w.under(x.ty);
                let (u2, _) = self.w.deref(u);
                let u2 = self.w.under(u2);
                let ok = match self.w.ty(u) {
                    Type::Basic { kind, .. } if kind.is_string() && b == Builtin::Len => true,
                    Type::Array { .. } | Type::Slice(_) | Type::Chan { .. } => true,
                    Type::Map { .. } if b == Builtin::Len => true,
                    Type::Pointer(_) => matches!(self.w.ty(u2), Type::Array { .. }),
                    _ => false,
                };
                if !ok {
                    let s = self.operand_string(x);
                    self.error(
                        x.pos(),
                        format!("invalid argument: {s} for built-in {name}"),
                    );
                    return self.invalid_op(Some(call));
                }
                if let Some(ConstValue::String(s)) = x.val() {
                    return Operand {
                        mode: Mode::Constant(ConstValue::int(s.len() as i64)),
                        expr: Some(call),
                        ty: int,
                    };
                }
                if let Type::Array { len, .. } = self.w.ty(u2) {
                    if !contains_call_or_recv(args[0].clone()) {
                        return Operand {
                            mode: Mode::Constant(ConstValue::int(*len)),
                            expr: Some(call),
                            ty: int,
                        };
                    }
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: int,
                }
            }
            Builtin::Append => {
                let s = xs[0].clone();
                let Type::Slice(elem) = self.w.ty(self.w.under(s.ty)).clone() else {
                    if s.is_nil() {
                        self.error(
                            s.pos(),
                            "first argument to append must be a slice; have untyped nil",
                        );
                    } else {
                        let ss = self.operand_string(&s);
                        self.error(
                            s.pos(),
                            format!("first argument to append must be a slice; have {ss}"),
                        );
                    }
                    return self.invalid_op(Some(call));
                };
                if ddd {
                    if xs.len() == 2 {
                        let mut y = xs[1].clone();
                        if self.w.is_string(y.ty)
                            && self.w.basic_kind(elem) == Some(super::type_::BasicKind::Uint8)
                        {
                            return Operand {
                                mode: Mode::Value,
                                expr: Some(call),
                                ty: s.ty,
                            };
                        }
                        let st = self.w.slice(elem);
                        self.assignment(&mut y, Some(st), "argument to append");
                    }
                } else {
                    for y in xs[1..].iter_mut() {
                        self.assignment(y, Some(elem), "argument to append");
                    }
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: s.ty,
                }
            }
            Builtin::Panic => {
                let any = self.w.universe_ids.any;
                self.assignment(&mut xs[0], Some(any), "argument to panic");
                novalue(self)
            }
            Builtin::Print | Builtin::Println => {
                for x in xs.iter_mut() {
                    self.assignment(x, None, &format!("argument to built-in {name}"));
                }
                novalue(self)
            }
            Builtin::Recover => {
                let any = self.w.universe_ids.any;
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: any,
                }
            }
            Builtin::Delete => {
                let Type::Map { key, .. } = self.w.ty(self.w.under(xs[0].ty)).clone() else {
                    let s = self.operand_string(&xs[0]);
                    self.error(xs[0].pos(), format!("invalid argument: {s} is not a map"));
                    return self.invalid_op(Some(call));
                };
                self.assignment(&mut xs[1], Some(key), "argument to delete");
                novalue(self)
            }
            Builtin::Close => {
                match self.w.ty(self.w.under(xs[0].ty)).clone() {
                    Type::Chan { dir, .. } if dir != crate::syntax::ast::ChanDir::Recv => {}
                    Type::Chan { .. } => {
                        let s = self.operand_string(&xs[0]);
                        self.error(
                            xs[0].pos(),
                            format!("invalid operation: cannot close receive-only channel {s}"),
                        );
                    }
                    _ => {
                        let s = self.operand_string(&xs[0]);
                        self.error(
                            xs[0].pos(),
                            format!("invalid operation: cannot close non-channel {s}"),
                        );
                    }
                }
                novalue(self)
            }
            Builtin::Clear => {
                let x = &xs[0];
                if !matches!(
                    self.w.ty(self.w.under(x.ty)),
                    Type::Map { .. } | Type::Slice(_)
                ) {
                    let s = self.operand_string(x);
                    self.error(
                        x.pos(),
                        format!("invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"),
                    );
                    return self.invalid_op(Some(call));
                }
                novalue(self)
            }
            Builtin::Copy => {
                // types2 builtins.go, case _Copy.
                let (x, y) = (&xs[0], &xs[1]);
                let dst = match self.w.ty(self.w.under(x.ty)) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
                let src = if self.w.is_string(y.ty) {
                    Some(self.w.basic("byte"))
                } else {
                    match self.w.ty(self.w.under(y.ty)) {
                        Type::Slice(e) => Some(*e),
                        _ => None,
                    }
                };
                let (Some(de), Some(se)) = (dst, src) else {
                    let (a, c) = (self.operand_string(x), self.operand_string(y));
                    self.error(
                        x.pos(),
                        format!(
                            "invalid argument: copy expects slice arguments; found {a} and {c}"
                        ),
                    );
                    return self.invalid_op(Some(call));
                };
                if !self.w.identical(de, se) {
                    let (a, c) = (self.operand_string(x), self.operand_string(y));
                    let (dt, st) = (self.ts(de), self.ts(se));
                    self.error(
                        x.pos(),
                        format!("invalid argument: arguments to copy {a} and {c} have different element types {dt} and {st}"),
                    );
                    return self.invalid_op(Some(call));
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: int,
                }
            }
            Builtin::Min | Builtin::Max => {
                let mut x = xs[0].clone();
                for i in 1..xs.len() {
                    let mut y = xs[i].clone();
                    self.match_types(&mut x, &mut y);
                    if x.mode == Mode::Invalid {
                        return self.invalid_op(Some(call));
                    }
                    if !self.w.identical(x.ty, y.ty) {
                        let (a, b2) = (self.ts(x.ty), self.ts(y.ty));
                        let ys = self.operand_string(&y);
                        self.error(y.pos(), format!("invalid argument: mismatched types {a} (previous argument) and {b2} (type of {})", ys.split(" (").next().unwrap_or("")));
                        return self.invalid_op(Some(call));
                    }
                    if let (Mode::Constant(a), Mode::Constant(c)) = (&x.mode, &y.mode) {
                        let take_y = if b == Builtin::Min {
                            constant::compare(c, crate::syntax::ast::BinOp::Lss, a)
                        } else {
                            constant::compare(c, crate::syntax::ast::BinOp::Gtr, a)
                        };
                        if take_y {
                            x.mode = Mode::Constant(c.clone());
                        }
                    } else {
                        x.mode = Mode::Value;
                    }
                }
                if !self.w.is_ordered(x.ty) {
                    let s = self.operand_string(&x);
                    self.error(x.pos(), format!("invalid argument: {s} cannot be ordered"));
                    return self.invalid_op(Some(call));
                }
                Operand {
                    mode: x.mode,
                    expr: Some(call),
                    ty: x.ty,
                }
            }
            Builtin::Real | Builtin::Imag => {
                let x = &xs[0];
                if let Mode::Constant(v) = &x.mode {
                    if self.w.is_untyped(x.ty) {
                        let r = if b == Builtin::Real {
                            constant::real(v)
                        } else {
                            constant::imag(v)
                        };
                        let t = self.w.basic("untyped float");
                        return Operand {
                            mode: Mode::Constant(r),
                            expr: Some(call),
                            ty: t,
                        };
                    }
                }
                let t = match self.w.basic_kind(x.ty) {
                    Some(super::type_::BasicKind::Complex64) => self.w.basic("float32"),
                    Some(super::type_::BasicKind::Complex128) => self.w.basic("float64"),
                    _ => {
                        let s = self.operand_string(x);
                        self.error(
                            x.pos(),
                            format!(
                                "invalid argument: argument has type {}, expected complex type",
                                self.ts(x.ty)
                            ),
                        );
                        let _ = s;
                        return self.invalid_op(Some(call));
                    }
                };
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: t,
                }
            }
            Builtin::Complex => {
                let (mut x, mut y) = (xs[0].clone(), xs[1].clone());
                self.match_types(&mut x, &mut y);
                if let (Mode::Constant(a), Mode::Constant(c)) = (&x.mode, &y.mode) {
                    if self.w.is_untyped(x.ty) {
                        let t = self.w.basic("untyped complex");
                        return Operand {
                            mode: Mode::Constant(constant::to_complex_value(
                                &constant::make_complex(a, c),
                            )),
                            expr: Some(call),
                            ty: t,
                        };
                    }
                }
                let t = match self.w.basic_kind(x.ty) {
                    Some(super::type_::BasicKind::Float32) => self.w.basic("complex64"),
                    _ => self.w.basic("complex128"),
                };
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: t,
                }
            }
            Builtin::Sizeof | Builtin::Alignof => {
                let mut x = xs[0].clone();
                self.assignment(&mut x, None, &format!("argument to unsafe.{name}"));
                let v = if b == Builtin::Sizeof {
                    self.w.sizeof(x.ty)
                } else {
                    self.w.alignof(x.ty)
                };
                let up = self.w.basic("uintptr");
                Operand {
                    mode: Mode::Constant(ConstValue::int(v)),
                    expr: Some(call),
                    ty: up,
                }
            }
            Builtin::Offsetof => {
                let up = self.w.basic("uintptr");
                let mut off = None;
                if let crate::syntax::ast::ExprKind::Selector { .. } =
                    &super::expr::unparen(&args[0]).kind
                {
                    if let Some(sel) = self
                        .info
                        .selections
                        .get(&super::expr::unparen(&args[0]).id)
                        .cloned()
                    {
                        let base = match &super::expr::unparen(&args[0]).kind {
                            crate::syntax::ast::ExprKind::Selector { x, .. } => {
                                self.info.types.get(&x.id).map(|t| t.ty)
                            }
                            _ => None,
                        };
                        if let Some(bt) = base {
                            let (mut t, _) = self.w.deref(bt);
                            let mut total = 0;
                            for &i in &sel.index {
                                let offs = self.w.offsetsof(t);
                                total += offs.get(i).copied().unwrap_or(0);
                                if let Type::Struct { fields } = self.w.ty(self.w.under(t)) {
                                    t = fields[i].ty;
                                }
                            }
                            off = Some(total);
                        }
                    }
                }
                match off {
                    Some(o) => Operand {
                        mode: Mode::Constant(ConstValue::int(o)),
                        expr: Some(call),
                        ty: up,
                    },
                    None => {
                        self.error(
                            args[0].span.lo,
                            format!(
                                "invalid argument: {} is not a selector expression",
                                super::exprstring::expr_string(&args[0])
                            ),
                        );
                        self.invalid_op(Some(call))
                    }
                }
            }
            Builtin::Add => {
                // unsafe.Add(ptr Pointer, len IntegerType) Pointer
                let up = self.w.basic("Pointer");
                let mut x = xs[0].clone();
                self.assignment(&mut x, Some(up), "argument to unsafe.Add");
                if x.mode == Mode::Invalid {
                    return self.invalid_op(Some(call));
                }
                let mut y = xs[1].clone();
                if !self.valid_index_operand(&mut y, "length", true) {
                    return self.invalid_op(Some(call));
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: up,
                }
            }
            Builtin::Slice => {
                // unsafe.Slice(ptr *T, len IntegerType) []T
                let x = xs[0].clone();
                let elem = match self.w.ty(self.w.under(x.ty)) {
                    Type::Pointer(e) => *e,
                    _ => {
                        let xs0 = self.operand_string(&x);
                        self.error(x.pos(), format!("invalid argument: {xs0} is not a pointer"));
                        return self.invalid_op(Some(call));
                    }
                };
                let mut y = xs[1].clone();
                if !self.valid_index_operand(&mut y, "length", false) {
                    return self.invalid_op(Some(call));
                }
                let st = self.w.slice(elem);
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: st,
                }
            }
            Builtin::SliceData => {
                // unsafe.SliceData(slice []T) *T
                let x = xs[0].clone();
                let elem = match self.w.ty(self.w.under(x.ty)) {
                    Type::Slice(e) => *e,
                    _ => {
                        let xs0 = self.operand_string(&x);
                        self.error(x.pos(), format!("invalid argument: {xs0} is not a slice"));
                        return self.invalid_op(Some(call));
                    }
                };
                let pt = self.w.pointer(elem);
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: pt,
                }
            }
            Builtin::String => {
                // unsafe.String(ptr *byte, len IntegerType) string
                let byte = self.w.basic("byte");
                let pb = self.w.pointer(byte);
                let mut x = xs[0].clone();
                self.assignment(&mut x, Some(pb), "argument to unsafe.String");
                if x.mode == Mode::Invalid {
                    return self.invalid_op(Some(call));
                }
                let mut y = xs[1].clone();
                if !self.valid_index_operand(&mut y, "length", false) {
                    return self.invalid_op(Some(call));
                }
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: self.w.basic("string"),
                }
            }
            Builtin::StringData => {
                // unsafe.StringData(str string) *byte
                let st = self.w.basic("string");
                let mut x = xs[0].clone();
                self.assignment(&mut x, Some(st), "argument to unsafe.StringData");
                if x.mode == Mode::Invalid {
                    return self.invalid_op(Some(call));
                }
                let byte = self.w.basic("byte");
                let pb = self.w.pointer(byte);
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: pb,
                }
            }
            _ => {
                let sig = Signature {
                    recv: None,
                    params: vec![Param {
                        name: String::new(),
                        ty: int,
                    }],
                    results: vec![],
                    variadic: false,
                };
                let _ = sig;
                Operand {
                    mode: Mode::Value,
                    expr: Some(call),
                    ty: self.w.basic("uintptr"),
                }
            }
        }
    }
}

impl<'a> Checker<'a> {
    /// types2 `isValidIndex` on an evaluated operand: an untyped constant becomes an
    /// `int`; the value must be an integer, and a constant must fit an `int` (and not be
    /// negative unless `allow_negative`).
    fn valid_index_operand(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        let int = self.w.basic("int");
        if self.w.is_untyped(x.ty) {
            self.convert_untyped(x, int);
        }
        if x.mode == Mode::Invalid {
            return false;
        }
        if !self.w.is_integer(x.ty) {
            let xs = self.operand_string(x);
            self.error(
                x.pos(),
                format!("invalid argument: {what} {xs} must be integer"),
            );
            return false;
        }
        if let Some(v) = x.val().cloned() {
            if !allow_negative && v.sign() < 0 {
                let xs = self.operand_string(x);
                self.error(
                    x.pos(),
                    format!("invalid argument: {what} {xs} must not be negative"),
                );
                return false;
            }
            if self
                .representable_const(&v, super::type_::BasicKind::Int)
                .is_none()
            {
                let xs = self.operand_string(x);
                self.error(
                    x.pos(),
                    format!("invalid argument: {what} {xs} overflows int"),
                );
                return false;
            }
        }
        true
    }
}

fn contains_call_or_recv(e: Expr) -> bool {
    let s = super::exprstring::expr_string(&e);
    s.contains('(') || s.contains("<-")
}
