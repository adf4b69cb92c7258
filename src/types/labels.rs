//! Labels and branch statements: `break`, `continue`, `goto`, `fallthrough`.
//!
//! cmd/compile checks these in its parser (`syntax/branches.go`, the `CheckBranches`
//! mode) and configures types2 with `IgnoreBranchErrors`, so the messages here are the
//! parser's, not those of types2's `labels.go`. They are not "syntax error"s, so type
//! checking still runs after them; they are reported before any type error, as
//! cmd/compile's parser runs first. Each function body (declaration or literal) has its
//! own set of labels.

use super::checker::Checker;
use crate::source::Pos;
use crate::syntax::ast::{self, BranchKind, Decl, Expr, ExprKind, Stmt, StmtKind};

/// What the innermost `break` leaves (syntax `targets.breaks`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BreakTarget {
    For,
    Select,
    /// A switch: whether it is a type switch, and its number of clauses.
    Switch {
        type_switch: bool,
        clauses: usize,
    },
}

/// The branch targets of a statement list (syntax `targets`).
#[derive(Clone, Copy, Debug)]
struct Targets {
    breaks: Option<BreakTarget>,
    continues: bool,
    /// The clause index in the immediately enclosing switch.
    case_index: Option<usize>,
}

/// A block of statements (syntax `block`).
struct Block<'a> {
    parent: Option<usize>,
    start: Pos,
    /// The labeled statement this block belongs to.
    lstmt: Option<&'a Stmt>,
}

/// A declared label (syntax `label`).
struct Label<'a> {
    parent: usize,
    /// The `Labeled` statement.
    lstmt: &'a Stmt,
    name_pos: Pos,
    used: bool,
}

/// A forward `goto`: its label name and the label's position.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Goto<'a> {
    name: &'a str,
    pos: Pos,
}

/// The labels of one function body (syntax `labelScope`).
#[derive(Default)]
struct LabelScope<'a> {
    blocks: Vec<Block<'a>>,
    /// In declaration order; names are unique.
    labels: Vec<(&'a str, Label<'a>)>,
}

impl<'a> LabelScope<'a> {
    fn label(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|(n, _)| *n == name)
    }
}

fn same_stmt(a: Option<&Stmt>, b: &Stmt) -> bool {
    a.is_some_and(|a| std::ptr::eq(a, b))
}

fn labeled_inner(s: &Stmt) -> &Stmt {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => stmt,
        _ => s,
    }
}

impl<'a> Checker<'a> {
    /// Checks the branch statements of every function body in `files`.
    pub(crate) fn check_branches(&mut self, files: &'a [ast::File]) {
        for (fidx, file) in files.iter().enumerate() {
            self.file = Some(fidx);
            let mut bodies: Vec<&'a ast::Block> = Vec::new();
            for d in &file.decls {
                match d {
                    Decl::Func(f) => {
                        if let Some(b) = &f.body {
                            bodies.push(b);
                        }
                    }
                    Decl::Var(specs) => {
                        for s in specs {
                            s.values.iter().for_each(|e| func_lits_expr(e, &mut bodies));
                        }
                    }
                    Decl::Const(specs) => {
                        for s in specs {
                            s.values.iter().for_each(|e| func_lits_expr(e, &mut bodies));
                        }
                    }
                    Decl::Type(_) => {}
                }
            }
            // Function literals are found while walking the bodies that contain them.
            let mut i = 0;
            while i < bodies.len() {
                let b = bodies[i];
                i += 1;
                let mut nested = Vec::new();
                func_lits_stmts(&b.stmts, &mut nested);
                bodies.extend(nested);
                self.body_branches(b);
            }
        }
        self.file = None;
    }

    /// syntax `checkBranches` for one function body.
    fn body_branches(&mut self, body: &'a ast::Block) {
        let mut ls = LabelScope::default();
        let ctxt = Targets {
            breaks: None,
            continues: false,
            case_index: None,
        };
        let fwd = self.block_branches(&mut ls, None, ctxt, None, body.lbrace, &body.stmts);
        for g in fwd {
            if let Some(l) = ls.label(g.name) {
                ls.labels[l].1.used = true;
                let start = ls.blocks[ls.labels[l].1.parent].start;
                let ss = self.pos_string(start);
                self.error(
                    g.pos,
                    format!("goto {} jumps into block starting at {ss}", g.name),
                );
            } else {
                self.error(g.pos, format!("label {} not defined", g.name));
            }
        }
        for (name, l) in &ls.labels {
            if !l.used {
                self.error(l.name_pos, format!("label {name} defined and not used"));
            }
        }
    }

    /// syntax `blockBranches`: returns the forward gotos not resolved in this block.
    fn block_branches(
        &mut self,
        ls: &mut LabelScope<'a>,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<&'a Stmt>,
        start: Pos,
        body: &'a [Stmt],
    ) -> Vec<Goto<'a>> {
        ls.blocks.push(Block {
            parent,
            start,
            lstmt,
        });
        let b = ls.blocks.len() - 1;
        // The last variable declaration: its position and name, and the gotos
        // that jump over it.
        let mut var_decl: Option<(Pos, String)> = None;
        let mut fwd: Vec<Goto<'a>> = Vec::new();
        let mut bad: Vec<Goto<'a>> = Vec::new();
        let mut n = body.len();
        while n > 0 && matches!(body[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        let list = &body[..n];
        for (stmt_index, stmt) in list.iter().enumerate() {
            let mut lstmt: Option<&'a Stmt> = None;
            let mut s = stmt;
            if let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                if label.name != "_" {
                    let l = match ls.label(&label.name) {
                        Some(alt) => {
                            let ap = self.pos_string(ls.labels[alt].1.name_pos);
                            self.error(
                                label.span.lo,
                                format!("label {} already defined at {ap}", label.name),
                            );
                            alt
                        }
                        None => {
                            ls.labels.push((
                                &label.name,
                                Label {
                                    parent: b,
                                    lstmt: s,
                                    name_pos: label.span.lo,
                                    used: false,
                                },
                            ));
                            ls.labels.len() - 1
                        }
                    };
                    let mut rest = Vec::new();
                    for g in std::mem::take(&mut fwd) {
                        if g.name == label.name {
                            ls.labels[l].1.used = true;
                            if let Some((vp, vn)) = &var_decl {
                                if bad.contains(&g) {
                                    let vs = self.pos_string(*vp);
                                    self.error(
                                        g.pos,
                                        format!(
                                            "goto {} jumps over declaration of {vn} at {vs}",
                                            g.name
                                        ),
                                    );
                                }
                            }
                        } else {
                            rest.push(g);
                        }
                    }
                    fwd = rest;
                    lstmt = Some(s);
                }
                s = inner;
            }
            let inner_ctxt = |breaks, continues| Targets {
                breaks,
                continues,
                case_index: None,
            };
            match &s.kind {
                StmtKind::Decl(Decl::Var(specs)) => {
                    if let Some(spec) = specs.first() {
                        if let Some(n0) = spec.names.first() {
                            var_decl = Some((n0.span.lo, n0.name.clone()));
                            bad = fwd.clone();
                        }
                    }
                }
                StmtKind::Assign {
                    op: ast::AssignOp::Define,
                    lhs,
                    op_pos,
                    ..
                } => {
                    let names: Vec<String> =
                        lhs.iter().map(super::exprstring::expr_string).collect();
                    var_decl = Some((*op_pos, names.join(", ")));
                    bad = fwd.clone();
                }
                StmtKind::Branch { kind, label: None } => match kind {
                    BranchKind::Break => {
                        if ctxt.breaks.is_none() {
                            self.error(s.span.lo, "break is not in a loop, switch, or select");
                        }
                    }
                    BranchKind::Continue => {
                        if !ctxt.continues {
                            self.error(s.span.lo, "continue is not in a loop");
                        }
                    }
                    BranchKind::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        if let Some(BreakTarget::Switch {
                            type_switch,
                            clauses,
                        }) = ctxt.breaks
                        {
                            if type_switch {
                                msg = Some("cannot fallthrough in type switch");
                            } else {
                                match ctxt.case_index {
                                    Some(ci) if stmt_index + 1 == list.len() => {
                                        if ci + 1 == clauses {
                                            msg = Some("cannot fallthrough final case in switch");
                                        } else {
                                            msg = None;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        if let Some(m) = msg {
                            self.error(s.span.lo, m);
                        }
                    }
                    BranchKind::Goto => {}
                },
                StmtKind::Branch {
                    kind,
                    label: Some(label),
                } => {
                    let name = label.name.as_str();
                    match kind {
                        BranchKind::Break | BranchKind::Continue => {
                            let what = if *kind == BranchKind::Break {
                                "break"
                            } else {
                                "continue"
                            };
                            match self.enclosing_target(ls, b, name) {
                                None => self.error(
                                    label.span.lo,
                                    format!("{what} label not defined: {name}"),
                                ),
                                Some(t) => {
                                    let ok = match t.map(|t| &labeled_inner(t).kind) {
                                        Some(StmtKind::For { .. } | StmtKind::Range { .. }) => true,
                                        Some(
                                            StmtKind::Switch { .. }
                                            | StmtKind::TypeSwitch { .. }
                                            | StmtKind::Select { .. },
                                        ) => *kind == BranchKind::Break,
                                        _ => false,
                                    };
                                    if !ok {
                                        self.error(
                                            label.span.lo,
                                            format!("invalid {what} label {name}"),
                                        );
                                    }
                                }
                            }
                        }
                        BranchKind::Goto => {
                            if !self.goto_target(ls, b, name) {
                                fwd.push(Goto {
                                    name,
                                    pos: label.span.lo,
                                });
                            }
                        }
                        BranchKind::Fallthrough => {}
                    }
                }
                StmtKind::Block(blk) => {
                    let c = inner_ctxt(ctxt.breaks, ctxt.continues);
                    let g = self.block_branches(ls, Some(b), c, lstmt, blk.lbrace, &blk.stmts);
                    fwd.extend(g);
                }
                StmtKind::If { then, els, .. } => {
                    let c = inner_ctxt(ctxt.breaks, ctxt.continues);
                    let g = self.block_branches(ls, Some(b), c, lstmt, then.lbrace, &then.stmts);
                    fwd.extend(g);
                    if let Some(e) = els {
                        let g = self.block_branches(
                            ls,
                            Some(b),
                            c,
                            lstmt,
                            e.span.lo,
                            std::slice::from_ref(&**e),
                        );
                        fwd.extend(g);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let c = inner_ctxt(Some(BreakTarget::For), true);
                    let g = self.block_branches(ls, Some(b), c, lstmt, body.lbrace, &body.stmts);
                    fwd.extend(g);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let type_switch = matches!(s.kind, StmtKind::TypeSwitch { .. });
                    let bt = BreakTarget::Switch {
                        type_switch,
                        clauses: clauses.len(),
                    };
                    for (i, cc) in clauses.iter().enumerate() {
                        let c = Targets {
                            breaks: Some(bt),
                            continues: ctxt.continues,
                            case_index: Some(i),
                        };
                        let g = self.block_branches(ls, Some(b), c, lstmt, cc.pos, &cc.body);
                        fwd.extend(g);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    let c = inner_ctxt(Some(BreakTarget::Select), ctxt.continues);
                    for cc in clauses {
                        let g = self.block_branches(ls, Some(b), c, lstmt, cc.pos, &cc.body);
                        fwd.extend(g);
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    /// syntax `enclosingTarget`: None if the label is not declared (yet), Some(None)
    /// if it does not label an enclosing statement.
    fn enclosing_target(
        &self,
        ls: &mut LabelScope<'a>,
        b: usize,
        name: &str,
    ) -> Option<Option<&'a Stmt>> {
        let l = ls.label(name)?;
        ls.labels[l].1.used = true;
        let lstmt = ls.labels[l].1.lstmt;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if same_stmt(ls.blocks[i].lstmt, lstmt) {
                return Some(Some(lstmt));
            }
            cur = ls.blocks[i].parent;
        }
        Some(None)
    }

    /// syntax `gotoTarget`: whether the label is declared in this block or an
    /// enclosing one.
    fn goto_target(&self, ls: &mut LabelScope<'a>, b: usize, name: &str) -> bool {
        let Some(l) = ls.label(name) else {
            return false;
        };
        ls.labels[l].1.used = true;
        let parent = ls.labels[l].1.parent;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if i == parent {
                return true;
            }
            cur = ls.blocks[i].parent;
        }
        false
    }
}

/// Collects the bodies of the function literals in `list`, outermost first (not those
/// nested in other literals: they are found when those bodies are walked).
fn func_lits_stmts<'a>(list: &'a [Stmt], out: &mut Vec<&'a ast::Block>) {
    for s in list {
        func_lits_stmt(s, out);
    }
}

fn func_lits_stmt<'a>(s: &'a Stmt, out: &mut Vec<&'a ast::Block>) {
    let mut e = |x: &'a Expr| func_lits_expr(x, out);
    match &s.kind {
        StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => e(x),
        StmtKind::Send { ch, value, .. } => {
            e(ch);
            e(value);
        }
        StmtKind::IncDec { x, .. } => e(x),
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().chain(rhs).for_each(e);
        }
        StmtKind::Return(xs) => xs.iter().for_each(e),
        StmtKind::Block(b) => func_lits_stmts(&b.stmts, out),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                func_lits_stmt(i, out);
            }
            func_lits_expr(cond, out);
            func_lits_stmts(&then.stmts, out);
            if let Some(x) = els {
                func_lits_stmt(x, out);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                func_lits_stmt(i, out);
            }
            if let Some(t) = tag {
                func_lits_expr(t, out);
            }
            for c in clauses {
                c.list.iter().for_each(|x| func_lits_expr(x, out));
                func_lits_stmts(&c.body, out);
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(i) = init {
                func_lits_stmt(i, out);
            }
            func_lits_expr(x, out);
            for c in clauses {
                func_lits_stmts(&c.body, out);
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                if let Some(cm) = &c.comm {
                    func_lits_stmt(cm, out);
                }
                func_lits_stmts(&c.body, out);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                func_lits_stmt(i, out);
            }
            if let Some(c) = cond {
                func_lits_expr(c, out);
            }
            if let Some(p) = post {
                func_lits_stmt(p, out);
            }
            func_lits_stmts(&body.stmts, out);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter()
                .chain(value.iter())
                .for_each(|k| func_lits_expr(k, out));
            func_lits_expr(x, out);
            func_lits_stmts(&body.stmts, out);
        }
        StmtKind::Labeled { stmt, .. } => func_lits_stmt(stmt, out),
        StmtKind::Decl(Decl::Var(specs)) => {
            for sp in specs {
                sp.values.iter().for_each(|x| func_lits_expr(x, out));
            }
        }
        StmtKind::Decl(Decl::Const(specs)) => {
            for sp in specs {
                sp.values.iter().for_each(|x| func_lits_expr(x, out));
            }
        }
        StmtKind::Decl(_) => {}
    }
}

fn func_lits_expr<'a>(e: &'a Expr, out: &mut Vec<&'a ast::Block>) {
    match &e.kind {
        ExprKind::FuncLit { body, .. } => out.push(body),
        ExprKind::Bad | ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|x| func_lits_expr(x, out)),
        ExprKind::KeyValue { key, value, .. } => {
            func_lits_expr(key, out);
            func_lits_expr(value, out);
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::Unary { x, .. }
        | ExprKind::TypeAssert { x, .. } => func_lits_expr(x, out),
        ExprKind::Index { x, index, .. } => {
            func_lits_expr(x, out);
            func_lits_expr(index, out);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            func_lits_expr(x, out);
            for i in [lo, hi, max].into_iter().flatten() {
                func_lits_expr(i, out);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            func_lits_expr(fun, out);
            args.iter().for_each(|x| func_lits_expr(x, out));
        }
        ExprKind::Binary { x, y, .. } => {
            func_lits_expr(x, out);
            func_lits_expr(y, out);
        }
        ExprKind::ArrayType { .. }
        | ExprKind::SliceType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => {}
    }
}
