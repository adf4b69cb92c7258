//! Operands (the checker's view of an expression), their message form, and
//! assignability and implicit conversion of untyped values (types2 `operand.go`,
//! `const.go: representable`, `expr.go: implicitTypeAndValue`).

use super::checker::{Checker, Mode};
use super::constant::BigInt;
use super::constant::{ConstValue, f64_to_rat, rat_to_f32, rat_to_f64};
use super::type_::{BasicKind, Type, TypeId};
use crate::source::Pos;
use crate::syntax::ast::Expr;

#[derive(Clone, Debug)]
pub struct Operand<'a> {
    pub mode: Mode,
    pub expr: Option<&'a Expr>,
    pub ty: TypeId,
}

impl<'a> Operand<'a> {
    /// Where types2 reports an error about the operand (`syntax.StartPos`): a function
    /// type is at its parameter list.
    pub fn pos(&self) -> Pos {
        match self.expr.map(|e| &e.kind) {
            Some(crate::syntax::ast::ExprKind::FuncType(f)) => f.pos,
            _ => self.expr.map(|e| e.span.lo).unwrap_or(0),
        }
    }
    pub fn val(&self) -> Option<&ConstValue> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_nil(&self) -> bool {
        self.mode == Mode::Nil
    }
}

/// Why an implicit conversion failed (types2 error codes that change the wording).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvCode {
    Truncated,
    Overflow,
    Invalid,
}

impl<'a> Checker<'a> {
    pub(crate) fn invalid_op(&self, e: Option<&'a Expr>) -> Operand<'a> {
        Operand {
            mode: Mode::Invalid,
            expr: e,
            ty: self.w.invalid(),
        }
    }

    /// types2 `operandString`.
    pub(crate) fn operand_string(&self, x: &Operand) -> String {
        if x.mode == Mode::Nil {
            if x.ty == self.w.basic("untyped nil") || !self.w.is_valid(x.ty) {
                return if self.w.is_valid(x.ty) {
                    "nil".into()
                } else {
                    "nil (with invalid type)".into()
                };
            }
            return format!("nil (of type {})", self.ts(x.ty));
        }
        let expr = match x.expr {
            Some(e) => super::exprstring::expr_string(e),
            None => match &x.mode {
                Mode::Builtin(b) => b.name().to_string(),
                Mode::TypeExpr => self.ts(x.ty),
                Mode::Constant(v) => v.go_string(),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if self.w.is_untyped(x.ty) {
                    if let Type::Basic { name, .. } = self.w.ty(self.w.unalias(x.ty)) {
                        buf.push_str(name);
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match &x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant(_) => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::Nil => "nil",
            Mode::CommaOk => "comma, ok expression",
        });
        if let Mode::Constant(v) = &x.mode {
            let s = v.go_string();
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if self.w.is_valid(x.ty) {
                buf.push_str(" of type ");
                buf.push_str(&self.ts(x.ty));
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    /// `representableConst`: whether `v` fits basic kind `k`, with the rounded value.
    pub(crate) fn representable_const(&self, v: &ConstValue, k: BasicKind) -> Option<ConstValue> {
        use BasicKind::*;
        if v.is_unknown() {
            return Some(v.clone());
        }
        if k.is_integer() {
            let i = v.to_int()?;
            let (lo, hi): (BigInt, BigInt) = match k {
                Int8 => (BigInt::from(i8::MIN), BigInt::from(i8::MAX)),
                Int16 => (BigInt::from(i16::MIN), BigInt::from(i16::MAX)),
                Int32 | UntypedRune => (BigInt::from(i32::MIN), BigInt::from(i32::MAX)),
                Int | Int64 => (BigInt::from(i64::MIN), BigInt::from(i64::MAX)),
                Uint8 => (BigInt::from(0), BigInt::from(u8::MAX)),
                Uint16 => (BigInt::from(0), BigInt::from(u16::MAX)),
                Uint32 => (BigInt::from(0), BigInt::from(u32::MAX)),
                Uint | Uint64 | Uintptr => (BigInt::from(0), BigInt::from(u64::MAX)),
                _ => return Some(ConstValue::Int(i)),
            };
            if k == UntypedRune {
                return Some(ConstValue::Int(i));
            }
            return if i >= lo && i <= hi {
                Some(ConstValue::Int(i))
            } else {
                None
            };
        }
        if k.is_float() {
            let r = v.to_rat()?;
            return match k {
                Float32 => {
                    let f = rat_to_f32(&r);
                    if f.is_infinite() {
                        None
                    } else {
                        Some(norm(f64_to_rat(f as f64)))
                    }
                }
                Float64 => {
                    let f = rat_to_f64(&r);
                    if f.is_infinite() {
                        None
                    } else {
                        Some(norm(f64_to_rat(f)))
                    }
                }
                _ => Some(v.clone()),
            };
        }
        if k.is_complex() {
            let (re, im) = match v {
                ConstValue::Complex(a, b) => (a.clone(), b.clone()),
                _ => (
                    v.to_rat()?,
                    num_rational::BigRational::from_integer(0.into()),
                ),
            };
            return match k {
                Complex64 => {
                    let (a, b) = (rat_to_f32(&re), rat_to_f32(&im));
                    if a.is_infinite() || b.is_infinite() {
                        None
                    } else {
                        Some(super::constant::make_complex(
                            &norm(f64_to_rat(a as f64)),
                            &norm(f64_to_rat(b as f64)),
                        ))
                    }
                }
                Complex128 => {
                    let (a, b) = (rat_to_f64(&re), rat_to_f64(&im));
                    if a.is_infinite() || b.is_infinite() {
                        None
                    } else {
                        Some(super::constant::make_complex(
                            &norm(f64_to_rat(a)),
                            &norm(f64_to_rat(b)),
                        ))
                    }
                }
                _ => Some(v.clone()),
            };
        }
        if k.is_string() {
            return matches!(v, ConstValue::String(_)).then(|| v.clone());
        }
        if k.is_boolean() {
            return matches!(v, ConstValue::Bool(_)).then(|| v.clone());
        }
        None
    }

    /// `representation`: the value of constant `x` as type `t`, or why not.
    pub(crate) fn representation(&self, x: &Operand, t: TypeId) -> Result<ConstValue, ConvCode> {
        let k = self.w.basic_kind(t).unwrap_or(BasicKind::Invalid);
        let v = x.val().cloned().unwrap_or(ConstValue::Unknown);
        match self.representable_const(&v, k) {
            Some(v) => Ok(v),
            None => {
                if self.w.is_numeric(x.ty) && k.is_numeric() {
                    if !self.w.is_integer(x.ty) && k.is_integer() {
                        Err(ConvCode::Truncated)
                    } else {
                        Err(ConvCode::Overflow)
                    }
                } else {
                    Err(ConvCode::Invalid)
                }
            }
        }
    }

    /// Checks that typed constant `x` is representable in its type; reports otherwise.
    pub(crate) fn representable(&mut self, x: &mut Operand<'a>, t: TypeId) {
        match self.representation(x, t) {
            Ok(v) => x.mode = Mode::Constant(v),
            Err(code) => {
                self.invalid_conversion(code, x, t);
                x.mode = Mode::Invalid;
            }
        }
    }

    pub(crate) fn invalid_conversion(&mut self, code: ConvCode, x: &Operand, t: TypeId) {
        let xs = self.operand_string(x);
        let ts = self.ts(t);
        let msg = match code {
            ConvCode::Truncated => format!("{xs} truncated to {ts}"),
            ConvCode::Overflow => format!("{xs} overflows {ts}"),
            ConvCode::Invalid => format!("cannot convert {xs} to type {ts}"),
        };
        self.error(x.pos(), msg);
    }

    fn max_type(&self, x: TypeId, y: TypeId) -> Option<TypeId> {
        let (kx, ky) = (self.w.basic_kind(x)?, self.w.basic_kind(y)?);
        if kx.is_numeric() && ky.is_numeric() {
            let rank = |k: BasicKind| match k {
                BasicKind::UntypedInt => 0,
                BasicKind::UntypedRune => 1,
                BasicKind::UntypedFloat => 2,
                _ => 3,
            };
            return Some(if rank(kx) >= rank(ky) { x } else { y });
        }
        if kx == ky { Some(x) } else { None }
    }

    /// `implicitTypeAndValue`: the type (and value) untyped `x` takes in a context of
    /// type `target`.
    pub(crate) fn implicit_type_and_value(
        &mut self,
        x: &Operand,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvCode> {
        if x.mode == Mode::Invalid || self.w.is_typed(x.ty) || !self.w.is_valid(target) {
            return Ok((x.ty, None));
        }
        if self.w.is_untyped(target) {
            return self
                .max_type(x.ty, target)
                .map(|t| (t, None))
                .ok_or(ConvCode::Invalid);
        }
        let u = self.w.under(target);
        match self.w.ty(u).clone() {
            Type::Basic { kind, .. } => {
                if let Some(_v) = x.val() {
                    let v = self.representation(x, target)?;
                    return Ok((target, Some(v)));
                }
                let xk = self.w.basic_kind(x.ty).unwrap();
                let ok = match xk {
                    BasicKind::UntypedBool => kind.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => kind.is_numeric(),
                    BasicKind::UntypedString => kind.is_string(),
                    BasicKind::UntypedNil => {
                        if kind == BasicKind::UnsafePointer {
                            return Ok((self.w.basic("untyped nil"), None));
                        }
                        false
                    }
                    _ => false,
                };
                if !ok {
                    return Err(ConvCode::Invalid);
                }
                Ok((target, None))
            }
            Type::Interface(_) => {
                if x.is_nil() {
                    return Ok((self.w.basic("untyped nil"), None));
                }
                if !self.w.is_empty_interface(u) {
                    return Err(ConvCode::Invalid);
                }
                Ok((self.w.default_type(x.ty), None))
            }
            Type::Pointer(_)
            | Type::Signature(_)
            | Type::Slice(_)
            | Type::Map { .. }
            | Type::Chan { .. } => {
                if !x.is_nil() {
                    return Err(ConvCode::Invalid);
                }
                Ok((self.w.basic("untyped nil"), None))
            }
            _ => Err(ConvCode::Invalid),
        }
    }

    /// `convertUntyped`: converts untyped `x` to `target`, reporting failures.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let u = self.w.under(target);
                self.invalid_conversion(code, x, u);
                x.mode = Mode::Invalid;
            }
            Ok((t, v)) => self.set_untyped_result(x, t, v),
        }
    }

    fn set_untyped_result(&mut self, x: &mut Operand<'a>, t: TypeId, v: Option<ConstValue>) {
        if let Some(v) = v {
            x.mode = Mode::Constant(v.clone());
            if let Some(e) = x.expr {
                if let Some(entry) = self.untyped.get_mut(&e.id) {
                    entry.2 = Some(v);
                }
            }
        }
        if t != x.ty {
            x.ty = t;
            if let Some(e) = x.expr {
                self.update_expr_type(e, t, false);
            }
        }
    }

    /// Whether `x` is assignable to `t`, with types2's cause on failure.
    pub(crate) fn assignable_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
    ) -> Result<(), (String, Vec<String>)> {
        let v = x.ty;
        if self.w.identical(v, t) {
            return Ok(());
        }
        let (vu, tu) = (self.w.under(v), self.w.under(t));
        if self.w.is_untyped(vu) {
            return match self.implicit_type_and_value(x, t) {
                Ok(_) => Ok(()),
                Err(_) => Err((String::new(), vec![])),
            };
        }
        if self.w.identical(vu, tu) && (!self.w.is_named(v) || !self.w.is_named(t)) {
            return Ok(());
        }
        if self.w.is_interface(tu) {
            let q = self.q();
            if let Some((cause, notes)) = self.w.missing_method(v, t, q) {
                let (vs, ts) = (self.ts(v), self.ts(t));
                return Err((format!("{vs} does not implement {ts} {cause}"), notes));
            }
            return Ok(());
        }
        if self.w.is_interface(vu) {
            let q = self.q();
            if self.w.missing_method(t, v, q).is_none() {
                return Err(("need type assertion".into(), vec![]));
            }
            return Err((String::new(), vec![]));
        }
        if let (
            Type::Chan {
                dir: crate::syntax::ast::ChanDir::Both,
                elem: ve,
            },
            Type::Chan { elem: te, .. },
        ) = (self.w.ty(vu).clone(), self.w.ty(tu).clone())
        {
            if self.w.identical(ve, te) && (!self.w.is_named(v) || !self.w.is_named(t)) {
                return Ok(());
            }
        }
        Err((String::new(), vec![]))
    }

    /// types2 `assignment`: checks that `x` can be assigned to a `t` (None: to `_` or an
    /// untyped context) in `context`, converting untyped values.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        match x.mode {
            Mode::Invalid => return,
            Mode::Nil
            | Mode::Constant(_)
            | Mode::Variable
            | Mode::MapIndex
            | Mode::Value
            | Mode::CommaOk => {}
            _ => {
                let xs = self.operand_string(x);
                let ts = t.map(|t| self.ts(t)).unwrap_or_default();
                self.error(x.pos(), format!("cannot assign {xs} to {ts} in {context}"));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if self.w.is_untyped(x.ty) {
            let target = match t {
                None => {
                    if x.is_nil() {
                        self.error(x.pos(), format!("use of untyped nil in {context}"));
                        x.mode = Mode::Invalid;
                        return;
                    }
                    self.w.default_type(x.ty)
                }
                Some(t) if self.w.is_interface(t) => {
                    if x.is_nil() {
                        t
                    } else {
                        self.w.default_type(x.ty)
                    }
                }
                Some(t) => t,
            };
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let xs = self.operand_string(x);
                    let ts = self.ts(target);
                    let mut msg = format!("cannot use {xs} as {ts} value in {context}");
                    match code {
                        ConvCode::Truncated => msg.push_str(" (truncated)"),
                        ConvCode::Overflow => msg.push_str(" (overflows)"),
                        ConvCode::Invalid => {}
                    }
                    self.error(x.pos(), msg);
                    x.mode = Mode::Invalid;
                    return;
                }
                Ok((nt, v)) => {
                    let nt = if x.is_nil() { nt } else { nt };
                    self.set_untyped_result(x, nt, v);
                }
            }
        }
        let Some(t) = t else { return };
        if let Err((cause, notes)) = self.assignable_to(x, t) {
            let xs = self.operand_string(x);
            let ts = self.ts(t);
            let msg = if cause.is_empty() {
                format!("cannot use {xs} as {ts} value in {context}")
            } else {
                format!("cannot use {xs} as {ts} value in {context}: {cause}")
            };
            self.error_notes(x.pos(), msg, notes);
            x.mode = Mode::Invalid;
        }
    }
}

fn norm(r: num_rational::BigRational) -> ConstValue {
    if r.is_integer() {
        ConstValue::Int(r.to_integer())
    } else {
        ConstValue::Float(r)
    }
}
