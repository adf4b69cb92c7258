//! Statements (types2 `stmt.go`, `return.go` for terminating statements,
//! `labels.go` in part).

use super::checker::{Checker, Mode};
use super::constant::ConstValue;
use super::object::ObjKind;
use super::operand::Operand;
use super::type_::Type;
use crate::syntax::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind};

/// What the enclosing statements allow.
#[derive(Clone, Copy, Debug, Default)]
pub struct StmtCtx {
    pub breakable: bool,
    pub in_loop: bool,
    pub fallthrough_ok: bool,
    /// In the last clause of an expression switch.
    pub final_switch_case: bool,
    /// In a clause of a type switch.
    pub in_type_switch: bool,
}

impl<'a> Checker<'a> {
    pub(crate) fn stmt_list(&mut self, list: &'a [Stmt], ctx: StmtCtx) {
        // Trailing empty statements are invisible to fallthrough analysis.
        let mut n = list.len();
        while n > 0 && matches!(list[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        for (i, s) in list.iter().enumerate() {
            let mut c = ctx;
            c.fallthrough_ok = ctx.fallthrough_ok && i + 1 == n;
            self.stmt(s, c);
        }
    }

    fn block(&mut self, b: &'a ast::Block, ctx: StmtCtx) {
        self.open_scope(b.lbrace, b.rbrace + 1, "block");
        self.stmt_list(&b.stmts, ctx);
        self.close_scope();
    }

    /// Reports every `default` after the first (types2 `multipleSwitchDefaults`).
    fn multiple_switch_defaults(&mut self, clauses: &'a [ast::CaseClause]) {
        let mut first: Option<crate::source::Pos> = None;
        for c in clauses {
            if c.default {
                match first {
                    Some(f) => {
                        let fs = self.pos_string(f);
                        self.error(c.pos, format!("multiple defaults (first at {fs})"));
                    }
                    None => first = Some(c.pos),
                }
            }
        }
    }

    /// An expression switch after its init statement (types2 `switchStmt`).
    fn switch_stmt(
        &mut self,
        tag: Option<&'a Expr>,
        clauses: &'a [ast::CaseClause],
        inner: StmtCtx,
    ) {
        let x = match tag {
            Some(t) => {
                let mut x = self.expr(t, None);
                self.assignment(&mut x, None, "switch expression");
                if x.mode != Mode::Invalid
                    && self.w.comparable(x.ty).is_err()
                    && !self.w.has_nil(x.ty)
                {
                    let xs = self.operand_string(&x);
                    self.error(t.span.lo, format!("cannot switch on {xs}"));
                    x.mode = Mode::Invalid;
                }
                x
            }
            // A missing tag is the typed constant true; its (synthetic)
            // expression prints as `true` in messages.
            None => Operand {
                mode: Mode::Constant(ConstValue::Bool(true)),
                expr: None,
                ty: self.w.basic("bool"),
            },
        };
        self.multiple_switch_defaults(clauses);
        let mut seen: Vec<(String, super::type_::TypeId, crate::source::Pos)> = Vec::new();
        for (ci, c) in clauses.iter().enumerate() {
            let mut cctx = StmtCtx {
                fallthrough_ok: false,
                ..inner
            };
            if ci + 1 < clauses.len() {
                cctx.fallthrough_ok = true;
            } else {
                cctx.final_switch_case = true;
            }
            self.case_values(&x, &c.list, &mut seen);
            self.open_scope(c.span.lo, c.span.hi, "case");
            self.stmt_list(&c.body, cctx);
            self.close_scope();
        }
    }

    /// Checks the values of one case clause (types2 `caseValues`).
    fn case_values(
        &mut self,
        x: &Operand<'a>,
        values: &'a [Expr],
        seen: &mut Vec<(String, super::type_::TypeId, crate::source::Pos)>,
    ) {
        for e in values {
            let mut v = self.expr(e, None);
            if x.mode == Mode::Invalid || v.mode == Mode::Invalid {
                continue;
            }
            self.convert_untyped(&mut v, x.ty);
            if v.mode == Mode::Invalid {
                continue;
            }
            let mut res = v.clone();
            let mut xc = x.clone();
            self.comparison(None, &mut res, &mut xc, ast::BinOp::Eql, true);
            if res.mode == Mode::Invalid {
                continue;
            }
            let Mode::Constant(val) = &v.mode else {
                continue;
            };
            // gc only checks duplicates of integer, floating-point and string
            // values (types2 `goVal`).
            let key = match val {
                ConstValue::Int(_) | ConstValue::Float(_) => val.to_rat().map(|r| format!("n:{r}")),
                ConstValue::String(s) => Some(format!("s:{s:?}")),
                _ => None,
            };
            let Some(key) = key else { continue };
            if let Some(&(_, _, prev)) = seen
                .iter()
                .find(|(k, t, _)| *k == key && self.w.identical(v.ty, *t))
            {
                let vs = self.operand_string(&v);
                let ps = self.pos_string(prev);
                self.error_notes(
                    v.pos(),
                    format!("duplicate case {vs} in expression switch"),
                    vec![format!("{ps}: previous case")],
                );
                continue;
            }
            seen.push((key, v.ty, v.pos()));
        }
    }

    /// A type switch after its init statement (types2 `typeSwitchStmt`).
    fn type_switch_stmt(
        &mut self,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        clauses: &'a [ast::CaseClause],
        inner: StmtCtx,
    ) {
        let mut bind = bind;
        if let Some(b) = bind {
            if b.name == "_" {
                self.error(b.span.lo, "no new variable on left side of :=");
                bind = None;
            }
        }
        let xo = self.expr(x, None);
        let mut sx: Option<Operand<'a>> = None;
        if xo.mode != Mode::Invalid {
            if self.w.is_interface(xo.ty) {
                sx = Some(xo.clone());
            } else {
                let xs = self.operand_string(&xo);
                self.error(x.span.lo, format!("{xs} is not an interface"));
            }
        }
        self.multiple_switch_defaults(clauses);
        let inner = StmtCtx {
            in_type_switch: true,
            ..inner
        };
        let mut bind_objs = Vec::new();
        let mut seen: Vec<(Option<super::type_::TypeId>, &'a Expr)> = Vec::new();
        for (ci, c) in clauses.iter().enumerate() {
            let mut single: Option<super::type_::TypeId> = None;
            for e in &c.list {
                let t = self.expr_or_type(e);
                let ty = match t.mode {
                    Mode::TypeExpr => Some(t.ty),
                    Mode::Nil => None,
                    Mode::Invalid => continue,
                    _ => {
                        let ts = self.operand_string(&t);
                        self.error(e.span.lo, format!("{ts} is not a type"));
                        continue;
                    }
                };
                single = ty;
                let dup = seen.iter().find(|(st, _)| match (st, ty) {
                    (None, None) => true,
                    (Some(a), Some(b)) => self.w.identical(*a, b),
                    _ => false,
                });
                if let Some(&(_, other)) = dup {
                    let ts = match ty {
                        Some(t) => self.ts(t),
                        None => "nil".to_string(),
                    };
                    let ps = self.pos_string(other.span.lo);
                    self.error_notes(
                        e.span.lo,
                        format!("duplicate case {ts} in type switch"),
                        vec![format!("{ps}: previous case")],
                    );
                    continue;
                }
                seen.push((ty, e));
                if let (Some(sx), Some(t)) = (&sx, ty) {
                    self.type_assertion(e, sx, t, true);
                }
            }
            self.open_scope(c.span.lo, c.span.hi, "case");
            if let Some(b) = bind {
                let ty = if c.list.len() == 1 {
                    single.unwrap_or(xo.ty)
                } else {
                    xo.ty
                };
                let o = self.new_obj(
                    &b.name,
                    ObjKind::Var {
                        used: false,
                        field: false,
                        embedded: false,
                        param: false,
                    },
                    ty,
                    b.span.lo,
                );
                let sc = self.scope;
                self.w.obj_mut(o).parent = Some(sc);
                self.w.scope_mut(sc).names.insert(b.name.clone(), o);
                self.info.implicits.insert((x.id, ci), o);
                bind_objs.push(o);
            }
            self.stmt_list(&c.body, inner);
            self.close_scope();
        }
        if let Some(b) = bind {
            let used = bind_objs
                .iter()
                .any(|&o| matches!(self.w.obj(o).kind, ObjKind::Var { used: true, .. }));
            for &o in &bind_objs {
                if let ObjKind::Var { used: u, .. } = &mut self.w.obj_mut(o).kind {
                    *u = true;
                }
            }
            if !used {
                self.error(b.span.lo, format!("{} declared and not used", b.name));
            }
            if let Some(&o) = bind_objs.first() {
                self.info.defs.insert(b.id, o);
            }
        }
    }

    fn cond(&mut self, e: &'a Expr, what: &str) {
        let mut x = self.expr(e, None);
        if x.mode != Mode::Invalid && !self.w.is_boolean(x.ty) {
            let xs = self.operand_string(&x);
            self.error(
                e.span.lo,
                format!("non-boolean condition in {what} statement"),
            );
            let _ = xs;
            return;
        }
        if x.mode != Mode::Invalid {
            let b = self.w.basic("bool");
            self.assignment(&mut x, Some(b), "condition");
        }
    }

    /// Whether `e` is a (parenthesized) name of a variable.
    fn names_variable(&self, e: &Expr) -> bool {
        match &super::expr::unparen(e).kind {
            ExprKind::Ident(name) => self
                .lookup(name)
                .is_some_and(|o| matches!(self.w.obj(o).kind, ObjKind::Var { .. })),
            _ => false,
        }
    }

    fn stmt(&mut self, s: &'a Stmt, ctx: StmtCtx) {
        let inner = StmtCtx {
            fallthrough_ok: false,
            final_switch_case: false,
            in_type_switch: false,
            ..ctx
        };
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => {
                let x = self.raw_expr(e, None, false);
                let msg = match &x.mode {
                    // types2 reports nothing more for an expression whose own checking
                    // failed, but a variable that is invalid only because its
                    // declaration was (`r := 'ab'`, then `(r)`) is still unused.
                    Mode::Invalid if self.names_variable(e) => "is not used",
                    Mode::Invalid | Mode::NoValue => return,
                    Mode::Builtin(_) => "must be called",
                    Mode::TypeExpr => "is not an expression",
                    _ => {
                        let inner = super::expr::unparen(e);
                        if let ExprKind::Call { fun, .. } = &inner.kind {
                            let f = self.info.types.get(&fun.id).map(|t| t.mode.clone());
                            match f {
                                Some(Mode::TypeExpr) => "is not used",
                                Some(Mode::Builtin(b)) if !b.arity().2 => "is not used",
                                _ => return,
                            }
                        } else if matches!(
                            inner.kind,
                            ExprKind::Unary {
                                op: ast::UnOp::Recv,
                                ..
                            }
                        ) {
                            return;
                        } else {
                            "is not used"
                        }
                    }
                };
                let xs = self.operand_string(&x);
                self.error(e.span.lo, format!("{xs} {msg}"));
            }
            StmtKind::Send { ch, value, .. } => {
                let c = self.expr(ch, None);
                let mut v = self.expr(value, None);
                if c.mode == Mode::Invalid || v.mode == Mode::Invalid {
                    return;
                }
                match self.w.ty(self.w.under(c.ty)).clone() {
                    Type::Chan { dir, elem } => {
                        if dir == ast::ChanDir::Recv {
                            let cs = self.operand_string(&c);
                            self.error(
                                ch.span.lo,
                                format!(
                                    "invalid operation: cannot send to receive-only channel {cs}"
                                ),
                            );
                            return;
                        }
                        self.assignment(&mut v, Some(elem), "send");
                    }
                    _ => {
                        let cs = self.operand_string(&c);
                        self.error(
                            ch.span.lo,
                            format!("invalid operation: cannot send to non-channel {cs}"),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, inc, op_pos } => {
                let xo = self.expr(x, None);
                if xo.mode == Mode::Invalid {
                    return;
                }
                if !self.w.is_numeric(xo.ty) {
                    let xs = self.operand_string(&xo);
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        x.span.lo,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            super::exprstring::expr_string(x),
                            self.ts(xo.ty)
                        ),
                    );
                    let _ = (xs, op_pos);
                    return;
                }
                self.lhs_var(x);
            }
            StmtKind::Assign {
                op,
                lhs,
                rhs,
                op_pos,
            } => match op {
                AssignOp::Define => self.short_var_decl(*op_pos, lhs, rhs),
                AssignOp::Assign => self.assign_vars(lhs, rhs, *op_pos),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            *op_pos,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    // x op= y is checked as x = x op y.
                    let bin = Box::leak(Box::new(Expr {
                        id: u32::MAX,
                        span: s.span,
                        kind: ExprKind::Binary {
                            op: *bop,
                            x: Box::new(lhs[0].clone()),
                            y: Box::new(rhs[0].clone()),
                            op_pos: *op_pos,
                        },
                    }));
                    let saved_user = self.user;
                    let mut x = self.expr(bin, None);
                    self.user = saved_user;
                    if x.mode == Mode::Invalid {
                        return;
                    }
                    // Record the operands' own facts.
                    let _ = self.expr(&rhs[0], None);
                    x.expr = Some(&lhs[0]);
                    self.assign_var(&lhs[0], &mut x);
                }
            },
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                if what == "defer" {
                    if let Some(f) = &mut self.fctx {
                        f.has_defer = true;
                    }
                }
                let inner = super::expr::unparen(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    // types2: the error, then the operand is used.
                    self.error(
                        e.span.lo,
                        format!("expression in {what} must be function call"),
                    );
                    self.expr(e, None);
                    return;
                }
                let x = self.raw_expr(e, None, false);
                if let ExprKind::Call { fun, .. } = &inner.kind {
                    if let Some(t) = self.info.types.get(&fun.id) {
                        // types2 suspendedCall: a conversion, or a built-in whose
                        // result is an expression, is not a call statement.
                        let msg = match t.mode {
                            Mode::TypeExpr => Some("requires function call, not conversion"),
                            Mode::Builtin(b) if !b.arity().2 => Some("discards result of"),
                            _ => None,
                        };
                        if let Some(msg) = msg {
                            let xs = self.operand_string(&x);
                            self.error(x.pos(), format!("{what} {msg} {xs}"));
                        }
                    }
                }
            }
            StmtKind::Return(results) => {
                let Some(f) = self.fctx.clone() else { return };
                let sig = self.w.signature(f.sig).cloned().unwrap();
                if results.is_empty() {
                    if !sig.results.is_empty() && sig.results[0].name.is_empty() {
                        self.error(
                            s.span.lo,
                            "not enough return values\n\thave ()\n\twant ".to_string()
                                + &self.results_string(&sig),
                        );
                        let last = self.diags.pop();
                        if let Some(mut d) = last {
                            let parts: Vec<String> = d
                                .msg
                                .split('\n')
                                .map(|x| x.trim_start_matches('\t').to_string())
                                .collect();
                            d.msg = parts[0].clone();
                            d.notes = parts[1..].to_vec();
                            self.diags.push(d);
                        }
                    }
                    return;
                }
                if sig.results.is_empty() {
                    self.error(results[0].span.lo, "too many return values");
                    let last = self.diags.pop();
                    if let Some(mut d) = last {
                        let have: Vec<String> = results
                            .iter()
                            .map(|r| {
                                let x = self.expr(r, None);
                                if matches!(x.mode, Mode::Constant(_)) && self.w.is_untyped(x.ty) {
                                    "number".to_string()
                                } else {
                                    self.ts(x.ty)
                                }
                            })
                            .collect();
                        d.notes = vec![format!("have ({})", have.join(", ")), "want ()".into()];
                        self.diags.push(d);
                    }
                    return;
                }
                let ops = self.rhs_operands(results, sig.results.len());
                if ops.len() != sig.results.len() {
                    if ops.iter().any(|o| o.mode == Mode::Invalid) {
                        return;
                    }
                    let have: Vec<String> = ops
                        .iter()
                        .map(|x| {
                            if matches!(x.mode, Mode::Constant(_)) && self.w.is_untyped(x.ty) {
                                "number".to_string()
                            } else {
                                self.ts(x.ty)
                            }
                        })
                        .collect();
                    let (msg, at) = if ops.len() < sig.results.len() {
                        ("not enough return values", s.span.lo)
                    } else {
                        ("too many return values", ops[sig.results.len()].pos())
                    };
                    let at = if results.len() == 1 {
                        results[0].span.lo
                    } else {
                        at
                    };
                    let want = self.results_string(&sig);
                    self.error_notes(
                        at,
                        msg,
                        vec![
                            format!("have ({})", have.join(", ")),
                            format!("want {want}"),
                        ],
                    );
                    return;
                }
                for (mut x, r) in ops.into_iter().zip(&sig.results) {
                    self.assignment(&mut x, Some(r.ty), "return statement");
                }
            }
            // Branch statements are checked by the parser (syntax/recovery.rs), as
            // cmd/compile's parser does.
            StmtKind::Branch { .. } => {}
            StmtKind::Block(b) => self.block(b, inner),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope(s.span.lo, s.span.hi, "if");
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                self.cond(cond, "if");
                self.block(then, inner);
                if let Some(e) = els {
                    self.stmt(e, inner);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                self.open_scope(s.span.lo, s.span.hi, "switch");
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                self.switch_stmt(tag.as_ref(), clauses, inner);
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => {
                self.open_scope(s.span.lo, s.span.hi, "type switch");
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                self.type_switch_stmt(bind.as_ref(), x, clauses, inner);
                self.close_scope();
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    // types2 selectStmt: a case must be a send or a receive,
                    // possibly with assignment; an invalid case is skipped.
                    if let Some(comm) = &c.comm {
                        let is_recv = |e: &Expr| {
                            matches!(
                                super::expr::unparen(e).kind,
                                ExprKind::Unary {
                                    op: ast::UnOp::Recv,
                                    ..
                                }
                            )
                        };
                        let (valid, at) = match &comm.kind {
                            StmtKind::Send { .. } => (true, comm.span.lo),
                            StmtKind::Assign { lhs, rhs, .. } => (
                                rhs.len() == 1 && is_recv(&rhs[0]),
                                lhs.first().map_or(comm.span.lo, |l| l.span.lo),
                            ),
                            StmtKind::Expr(x) => (is_recv(x), node_pos(x)),
                            StmtKind::IncDec { x, .. } => (false, x.span.lo),
                            _ => (false, comm.span.lo),
                        };
                        if !valid {
                            self.error(
                                at,
                                "select case must be send or receive (possibly with assignment)",
                            );
                            continue;
                        }
                    }
                    self.open_scope(c.span.lo, c.span.hi, "case");
                    if let Some(comm) = &c.comm {
                        self.stmt(comm, inner);
                    }
                    self.stmt_list(
                        &c.body,
                        StmtCtx {
                            breakable: true,
                            in_loop: ctx.in_loop,
                            fallthrough_ok: false,
                            ..inner
                        },
                    );
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope(s.span.lo, s.span.hi, "for");
                if let Some(i) = init {
                    self.stmt(i, inner);
                }
                if let Some(c) = cond {
                    self.cond(c, "for");
                }
                if let Some(p) = post {
                    self.stmt(p, inner);
                }
                self.block(
                    body,
                    StmtCtx {
                        breakable: true,
                        in_loop: true,
                        fallthrough_ok: false,
                        ..inner
                    },
                );
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                extra,
                define,
                x,
                body,
                range_pos,
            } => {
                self.open_scope(s.span.lo, s.span.hi, "range");
                self.range_stmt(
                    key.as_deref(),
                    value.as_deref(),
                    extra.as_deref(),
                    *define,
                    x,
                    *range_pos,
                );
                self.block(
                    body,
                    StmtCtx {
                        breakable: true,
                        in_loop: true,
                        fallthrough_ok: false,
                        ..inner
                    },
                );
                self.close_scope();
            }
            StmtKind::Labeled { label, stmt } => {
                let o = self.new_obj(
                    &label.name,
                    ObjKind::Label { used: false },
                    self.w.invalid(),
                    label.span.lo,
                );
                self.info.defs.insert(label.id, o);
                self.stmt(stmt, ctx);
            }
            StmtKind::Decl(d) => self.decl_stmt(d),
        }
    }

    fn results_string(&self, sig: &super::type_::Signature) -> String {
        let parts: Vec<String> = sig.results.iter().map(|p| self.ts(p.ty)).collect();
        format!("({})", parts.join(", "))
    }

    fn range_stmt(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        extra: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        range_pos: u32,
    ) {
        let mut xo = self.expr(x, None);
        let inv = self.w.invalid();
        // types2 rangeStmt: None is a missing iteration value (nil in types2).
        let (mut kt, mut vt): (Option<super::type_::TypeId>, Option<super::type_::TypeId>) =
            (None, None);
        if xo.mode != Mode::Invalid {
            match self.range_key_val(xo.ty) {
                Err(cause) => {
                    let xs = self.operand_string(&xo);
                    let msg = if cause.is_empty() {
                        format!("cannot range over {xs}")
                    } else {
                        format!("cannot range over {xs}: {cause}")
                    };
                    self.error(xo.pos(), msg);
                    kt = Some(inv);
                    vt = Some(inv);
                }
                Ok((k, v)) => {
                    if k.is_none() && key.is_some() {
                        let xs = self.operand_string(&xo);
                        self.error(
                            key.unwrap().span.lo,
                            format!("range over {xs} permits no iteration variables"),
                        );
                    } else if v.is_none() && value.is_some() {
                        let xs = self.operand_string(&xo);
                        self.error(
                            value.unwrap().span.lo,
                            format!("range over {xs} permits only one iteration variable"),
                        );
                    } else if let Some(e) = extra {
                        self.error(
                            e.span.lo,
                            "range clause permits at most two iteration variables",
                        );
                    }
                    kt = k;
                    vt = v;
                }
            }
        }
        let _ = range_pos;
        let range_over_int = self.w.is_integer(xo.ty);
        if define {
            for (e, t) in [(key, kt), (value, vt)] {
                let Some(e) = e else { continue };
                let ExprKind::Ident(name) = &e.kind else {
                    let s = super::exprstring::expr_string(e);
                    self.error(e.span.lo, format!("non-name {s} on left side of :="));
                    continue;
                };
                let o = self.new_obj(
                    name,
                    ObjKind::Var {
                        used: false,
                        field: false,
                        embedded: false,
                        param: false,
                    },
                    inv,
                    e.span.lo,
                );
                match t {
                    Some(t) if self.w.is_valid(t) => {
                        if range_over_int {
                            self.init_var(o, None, &mut xo, "range clause");
                        } else {
                            let mut y = Operand {
                                mode: Mode::Value,
                                expr: Some(e),
                                ty: t,
                            };
                            self.init_var(o, None, &mut y, "assignment");
                        }
                    }
                    _ => {
                        // Don't complain about an unused variable.
                        if let ObjKind::Var { used, .. } = &mut self.w.obj_mut(o).kind {
                            *used = true;
                        }
                    }
                }
                let sc = self.scope;
                let ident = ast::Ident {
                    id: e.id,
                    name: name.clone(),
                    span: e.span,
                };
                self.declare(sc, Some(&ident), o);
            }
        } else if key.is_some() {
            for (e, t) in [(key, kt), (value, vt)] {
                let Some(e) = e else { continue };
                let Some(t) = t.filter(|t| self.w.is_valid(*t)) else {
                    continue;
                };
                if range_over_int {
                    self.assign_var_ctx(e, &mut xo, "range clause");
                    if xo.mode != Mode::Invalid && !self.w.is_integer(xo.ty) {
                        let ts = self.ts(xo.ty);
                        self.error(
                            e.span.lo,
                            format!("cannot use iteration variable of type {ts}"),
                        );
                    }
                } else {
                    let mut y = Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: t,
                    };
                    self.assign_var_ctx(e, &mut y, "assignment");
                }
            }
        } else if range_over_int {
            self.assignment(&mut xo, None, "range clause");
        }
    }

    /// types2 `rangeKeyVal`: the iteration key and value types (None when there is
    /// no such value), or why `t` cannot be ranged over.
    fn range_key_val(
        &mut self,
        t: super::type_::TypeId,
    ) -> Result<(Option<super::type_::TypeId>, Option<super::type_::TypeId>), String> {
        let int = self.w.basic("int");
        let mut u = self.w.under(t);
        if let Type::Pointer(p) = self.w.ty(u).clone() {
            let pu = self.w.under(p);
            if matches!(self.w.ty(pu), Type::Array { .. }) {
                u = pu;
            }
        }
        match self.w.ty(u).clone() {
            Type::Basic { kind, .. } if kind.is_string() => {
                Ok((Some(int), Some(self.w.basic("rune"))))
            }
            Type::Basic { kind, .. } if kind.is_integer() => Ok((Some(t), None)),
            Type::Array { elem, .. } | Type::Slice(elem) => Ok((Some(int), Some(elem))),
            Type::Map { key, elem } => Ok((Some(key), Some(elem))),
            Type::Chan { dir, elem } => {
                if dir == ast::ChanDir::Send {
                    return Err("receive from send-only channel".into());
                }
                Ok((Some(elem), None))
            }
            Type::Signature(sig) => {
                const PRE: &str = "func must be func(yield func(...) bool): ";
                if sig.params.len() != 1 {
                    return Err(format!("{PRE}wrong argument count"));
                }
                let Some(cb) = self.w.signature(self.w.under(sig.params[0].ty)).cloned() else {
                    return Err(format!("{PRE}argument is not func"));
                };
                if !sig.results.is_empty() {
                    return Err(format!("{PRE}unexpected results"));
                }
                if cb.params.len() > 2 {
                    return Err(format!("{PRE}yield func has too many parameters"));
                }
                if cb.results.len() != 1 || !self.w.is_boolean(cb.results[0].ty) {
                    return Err(format!("{PRE}yield func does not return bool"));
                }
                Ok((
                    cb.params.first().map(|p| p.ty),
                    cb.params.get(1).map(|p| p.ty),
                ))
            }
            _ => Err(String::new()),
        }
    }

    /// types2 `isTerminating` over a statement list.
    pub(crate) fn is_terminating_list(&self, list: &[Stmt], label: &str) -> bool {
        // Trailing empty statements are permitted.
        let mut l = list;
        while let Some((last, rest)) = l.split_last() {
            if matches!(last.kind, StmtKind::Empty) {
                l = rest;
            } else {
                break;
            }
        }
        l.last().is_some_and(|s| self.is_terminating(s, label))
    }

    fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch {
                kind: BranchKind::Goto | BranchKind::Fallthrough,
                ..
            } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &super::expr::unparen(e).kind {
                    if let ExprKind::Ident(n) = &fun.kind {
                        if n == "panic" {
                            if let Some(o) = self.info.uses.get(&fun.id) {
                                return matches!(
                                    self.w.obj(*o).kind,
                                    ObjKind::Builtin(super::object::Builtin::Panic)
                                );
                            }
                            return self.lookup(n).is_some_and(|o| {
                                matches!(self.w.obj(o).kind, ObjKind::Builtin(_))
                            });
                        }
                    }
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If {
                then, els: Some(e), ..
            } => self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, ""),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.default)
                    && clauses.iter().all(|c| {
                        self.is_terminating_list(&c.body, "") || ends_in_fallthrough(&c.body)
                    })
                    && !clauses.iter().any(|c| has_break(&c.body, label, true))
            }
            StmtKind::Select { clauses, .. } => clauses
                .iter()
                .all(|c| self.is_terminating_list(&c.body, "") && !has_break(&c.body, label, true)),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, label, true),
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, &label.name),
            _ => false,
        }
    }
}

fn ends_in_fallthrough(list: &[Stmt]) -> bool {
    matches!(
        list.last().map(|s| &s.kind),
        Some(StmtKind::Branch {
            kind: BranchKind::Fallthrough,
            ..
        })
    )
}

/// Whether `list` contains a break out of the enclosing statement (unlabelled at this
/// level when `implicit`, or labelled `label`).
fn has_break(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| stmt_has_break(s, label, implicit))
}

fn stmt_has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => l.name == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, implicit)
                || els
                    .as_ref()
                    .is_some_and(|e| stmt_has_break(e, label, implicit))
        }
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, implicit),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break(&body.stmts, label, false)
        }
        _ => false,
    }
}

/// The position syntax.Node.Pos() gives an expression in cmd/compile's syntax tree
/// (not its start): the operator of a binary expression, the `(` of a call, the `[`
/// of an index or slice expression, the `.` of a selector or type assertion.
fn node_pos(e: &Expr) -> crate::source::Pos {
    match &e.kind {
        ExprKind::Binary { op_pos, .. } => *op_pos,
        ExprKind::Call { lparen, .. } => *lparen,
        ExprKind::Index { lbrack, .. } | ExprKind::Slice { lbrack, .. } => *lbrack,
        ExprKind::Selector { sel, .. } => sel.span.lo.saturating_sub(1),
        ExprKind::TypeAssert { lparen, .. } => lparen.saturating_sub(1),
        _ => e.span.lo,
    }
}
