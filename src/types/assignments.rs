//! Assignments and short variable declarations (types2 `assignments.go`).

use super::checker::{Checker, Mode};
use super::object::{ObjId, ObjKind};
use super::operand::Operand;
use super::type_::{Type, TypeId};
use crate::source::Pos;
use crate::syntax::ast::{Expr, ExprKind};

impl<'a> Checker<'a> {
    /// Evaluates right-hand sides, spreading one multi-valued call or comma-ok form.
    pub(crate) fn rhs_operands(&mut self, rhs: &'a [Expr], want: usize) -> Vec<Operand<'a>> {
        if rhs.len() == 1 && want != 1 {
            let x = self.multi_expr(&rhs[0]);
            if x.mode == Mode::Invalid {
                return vec![x];
            }
            if let Type::Tuple(ts) = self.w.ty(x.ty).clone() {
                return ts
                    .into_iter()
                    .map(|t| Operand {
                        mode: Mode::Value,
                        expr: x.expr,
                        ty: t,
                    })
                    .collect();
            }
            if want == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
                let ub = self.w.basic("untyped bool");
                let mut v = x.clone();
                v.mode = Mode::Value;
                return vec![
                    v,
                    Operand {
                        mode: Mode::Value,
                        expr: None,
                        ty: ub,
                    },
                ];
            }
            return vec![x];
        }
        rhs.iter()
            .map(|e| {
                let mut x = self.multi_expr(e);
                self.single_value(&mut x);
                x
            })
            .collect()
    }

    fn assign_mismatch(
        &mut self,
        pos: Pos,
        nl: usize,
        rhs: &'a [Expr],
        ops: &[Operand<'a>],
        what: &str,
    ) {
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return;
        }
        let vals = if rhs.len() == 1 {
            if let ExprKind::Call { .. } = &rhs[0].kind {
                let fs = super::call::call_fun_string(&rhs[0]);
                let n = ops.len();
                let s = if n == 1 { "" } else { "s" };
                let v = if nl == 1 { "" } else { "s" };
                self.error(
                    pos,
                    format!("assignment mismatch: {nl} {what}{v} but {fs} returns {n} value{s}"),
                );
                return;
            }
            1
        } else {
            rhs.len()
        };
        let v = if nl == 1 { "" } else { "s" };
        let s = if vals == 1 { "" } else { "s" };
        self.error(
            pos,
            format!("assignment mismatch: {nl} {what}{v} but {vals} value{s}"),
        );
    }

    /// Initialises `lhs` variables from `rhs` when the counts differ or rhs is one
    /// multi-valued expression.
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        t: Option<TypeId>,
        rhs: &'a [Expr],
        pos: Pos,
        context: &str,
        _pkg: bool,
    ) {
        let ops = self.rhs_operands(rhs, lhs.len());
        if ops.len() != lhs.len() {
            for &o in lhs {
                if !self.w.is_valid(self.w.obj(o).ty) {
                    let ty = t.unwrap_or_else(|| self.w.invalid());
                    self.w.obj_mut(o).ty = ty;
                }
            }
            let at = rhs.first().map(|e| e.span.lo).unwrap_or(pos);
            self.assign_mismatch(at, lhs.len(), rhs, &ops, "variable");
            return;
        }
        for (o, mut x) in lhs.iter().zip(ops) {
            self.init_var(*o, t, &mut x, context);
        }
    }

    /// `lhs = rhs` (types2 `assignVars`).
    pub(crate) fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr], pos: Pos) {
        let ops = self.rhs_operands(rhs, lhs.len());
        if ops.len() != lhs.len() {
            for l in lhs {
                self.lhs_var(l);
            }
            let at = rhs.first().map(|e| e.span.lo).unwrap_or(pos);
            self.assign_mismatch(at, lhs.len(), rhs, &ops, "variable");
            return;
        }
        for (l, mut x) in lhs.iter().zip(ops) {
            self.assign_var(l, &mut x);
        }
    }

    /// Checks an assignment target; returns its type (None for `_`).
    pub(crate) fn lhs_var(&mut self, l: &'a Expr) -> Option<TypeId> {
        if let ExprKind::Ident(n) = &l.kind {
            if n == "_" {
                self.info.types.remove(&l.id);
                return None;
            }
            // Assignment does not count as use.
            if let Some(o) = self.lookup(n) {
                if let ObjKind::Var { used, .. } = self.w.obj(o).kind.clone() {
                    let x = self.expr(l, None);
                    if let ObjKind::Var { used: u, .. } = &mut self.w.obj_mut(o).kind {
                        *u = used;
                    }
                    return (x.mode != Mode::Invalid).then_some(x.ty);
                }
            }
        }
        let x = self.expr(l, None);
        match x.mode {
            Mode::Invalid => None,
            Mode::Variable | Mode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector { x: base, .. } = &l.kind {
                    let b = self.info.types.get(&base.id).cloned();
                    if let Some(b) = b {
                        if b.mode == Mode::MapIndex {
                            let s = super::exprstring::expr_string(l);
                            self.error(
                                l.span.lo,
                                format!("cannot assign to struct field {s} in map"),
                            );
                            return None;
                        }
                    }
                }
                let s = super::exprstring::expr_string(l);
                let msg = format!(
                    "cannot assign to {s} (neither addressable nor a map index expression)"
                );
                self.error(l.span.lo, msg);
                None
            }
        }
    }

    pub(crate) fn assign_var(&mut self, l: &'a Expr, x: &mut Operand<'a>) {
        self.assign_var_ctx(l, x, "assignment");
    }

    /// types2 `assignVar` with an explicit context for messages.
    pub(crate) fn assign_var_ctx(&mut self, l: &'a Expr, x: &mut Operand<'a>, context: &str) {
        let t = self.lhs_var(l);
        if x.mode == Mode::Invalid {
            return;
        }
        match t {
            None => {
                if let ExprKind::Ident(n) = &l.kind {
                    if n == "_" {
                        self.assignment(x, None, context);
                    }
                }
            }
            Some(t) => self.assignment(x, Some(t), context),
        }
    }

    /// `a, b := ...` (types2 `shortVarDecl`).
    pub(crate) fn short_var_decl(&mut self, pos: Pos, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let scope = self.scope;
        let mut new_vars = Vec::new();
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        let mut idents = Vec::new();
        let mut any_new = false;
        for l in lhs {
            let ExprKind::Ident(name) = &l.kind else {
                self.expr(l, None);
                let s = super::exprstring::expr_string(l);
                self.error(l.span.lo, format!("non-name {s} on left side of :="));
                objs.push(None);
                continue;
            };
            let ident = crate::syntax::ast::Ident {
                id: l.id,
                name: name.clone(),
                span: l.span,
            };
            if name != "_" {
                if let Some(alt) = self.w.scope(scope).lookup(name) {
                    if idents.iter().any(|n: &String| n == name) {
                        self.error(l.span.lo, format!("{name} repeated on left side of :="));
                        objs.push(None);
                        continue;
                    }
                    idents.push(name.clone());
                    self.record_use(&ident, alt);
                    objs.push(Some(alt));
                    continue;
                }
            }
            idents.push(name.clone());
            let inv = self.w.invalid();
            let o = self.new_obj(
                name,
                ObjKind::Var {
                    used: false,
                    field: false,
                    embedded: false,
                    param: false,
                },
                inv,
                l.span.lo,
            );
            self.info.defs.insert(l.id, o);
            if name != "_" {
                any_new = true;
            }
            new_vars.push((ident, o));
            objs.push(Some(o));
        }
        let ops = self.rhs_operands(rhs, lhs.len());
        if ops.len() != lhs.len() {
            for (_, o) in &new_vars {
                let inv = self.w.invalid();
                self.w.obj_mut(*o).ty = inv;
            }
            let at = rhs.first().map(|e| e.span.lo).unwrap_or(pos);
            self.assign_mismatch(at, lhs.len(), rhs, &ops, "variable");
        } else {
            for ((l, o), mut x) in lhs.iter().zip(&objs).zip(ops) {
                let Some(o) = o else { continue };
                let is_new = new_vars.iter().any(|(_, n)| n == o);
                if is_new {
                    self.init_var(*o, None, &mut x, "assignment");
                } else {
                    let used = matches!(self.w.obj(*o).kind, ObjKind::Var { used: true, .. });
                    let t = self.w.obj(*o).ty;
                    self.assignment(&mut x, Some(t), "assignment");
                    if let ObjKind::Var { used: u, .. } = &mut self.w.obj_mut(*o).kind {
                        *u = used;
                    }
                    let _ = l;
                }
            }
        }
        if !any_new {
            self.error(pos, "no new variables on left side of :=");
        }
        for (ident, o) in new_vars {
            let _ = ident;
            if self.w.obj(o).name != "_" {
                self.w.obj_mut(o).parent = Some(scope);
                let name = self.w.obj(o).name.clone();
                self.w.scope_mut(scope).names.insert(name, o);
            }
        }
    }
}
