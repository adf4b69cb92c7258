//! Conversions `T(x)` (types2 `conversions.go`).

use super::checker::{Checker, Mode};
use super::constant::ConstValue;
use super::operand::Operand;
use super::type_::{Type, TypeId};

impl<'a> Checker<'a> {
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        if let Mode::Constant(v) = x.mode.clone() {
            if self.w.is_const_type(t) {
                let k = self.w.basic_kind(t).unwrap();
                let ok = match self.representable_const(&v, k) {
                    Some(nv) => {
                        x.mode = Mode::Constant(nv);
                        true
                    }
                    None if self.w.is_integer(x.ty) && self.w.is_string(t) => {
                        let c = v
                            .to_i64()
                            .and_then(|i| u32::try_from(i).ok())
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        x.mode = Mode::Constant(ConstValue::String(c.to_string().into_bytes()));
                        true
                    }
                    None => false,
                };
                if !ok {
                    if self.w.is_integer(x.ty) && self.w.is_integer(t) {
                        let ts = self.ts(t);
                        self.error(
                            x.pos(),
                            format!("constant {} overflows {ts}", v.go_string()),
                        );
                    } else {
                        let (xs, ts) = (self.operand_string(x), self.ts(t));
                        self.error(x.pos(), format!("cannot convert {xs} to type {ts}"));
                    }
                    x.mode = Mode::Invalid;
                    return;
                }
                if self.w.is_untyped(x.ty) {
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, t, true);
                    }
                }
                x.ty = t;
                return;
            }
        }
        if !self.convertible_to(x, t) {
            let (xs, ts) = (self.operand_string(x), self.ts(t));
            self.error(x.pos(), format!("cannot convert {xs} to type {ts}"));
            x.mode = Mode::Invalid;
            return;
        }
        if self.w.is_untyped(x.ty) {
            let mut final_t = t;
            if self.w.is_interface(t)
                || (x.is_nil() && self.w.has_nil(t))
                || !self.w.is_const_type(t)
            {
                final_t = if x.is_nil() {
                    self.w.basic("untyped nil")
                } else {
                    self.w.default_type(x.ty)
                };
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, final_t, true);
            }
        }
        x.mode = Mode::Value;
        x.ty = t;
    }

    /// `convertibleTo` for non-constant conversions.
    pub(crate) fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId) -> bool {
        if self.assignable_to(x, t).is_ok() {
            return true;
        }
        let v = x.ty;
        let (vu, tu) = (self.w.under(v), self.w.under(t));
        if self.w.identical(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.w.ty(vu).clone(), self.w.ty(tu).clone())
        {
            if !self.w.is_named(v) && !self.w.is_named(t) {
                let (au, bu) = (self.w.under(a), self.w.under(b));
                if self.w.identical(au, bu) {
                    return true;
                }
            }
        }
        let w = &self.w;
        if (w.is_integer(v) || w.is_float(v)) && (w.is_integer(t) || w.is_float(t)) {
            return true;
        }
        if w.is_complex(v) && w.is_complex(t) {
            return true;
        }
        if (w.is_integer(v) || self.is_bytes_or_runes(vu)) && w.is_string(t) {
            return true;
        }
        if w.is_string(v) && self.is_bytes_or_runes(tu) {
            return true;
        }
        let up = |k| k == Some(super::type_::BasicKind::UnsafePointer);
        if (w.is_pointer(v) || matches!(w.basic_kind(v), Some(super::type_::BasicKind::Uintptr)))
            && up(w.basic_kind(t))
        {
            return true;
        }
        if up(w.basic_kind(v))
            && (w.is_pointer(t)
                || matches!(w.basic_kind(t), Some(super::type_::BasicKind::Uintptr)))
        {
            return true;
        }
        if let (Type::Slice(e), Type::Array { elem, .. }) =
            (self.w.ty(vu).clone(), self.w.ty(tu).clone())
        {
            return self.w.identical(e, elem);
        }
        if let (Type::Slice(e), Type::Pointer(p)) = (self.w.ty(vu).clone(), self.w.ty(tu).clone()) {
            if let Type::Array { elem, .. } = self.w.ty(self.w.under(p)).clone() {
                return self.w.identical(e, elem);
            }
        }
        false
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.w.ty(t) {
            Type::Slice(e) => matches!(
                self.w.basic_kind(*e),
                Some(super::type_::BasicKind::Uint8) | Some(super::type_::BasicKind::Int32)
            ),
            _ => false,
        }
    }
}
