//! Helpers called from the grammar's semantic actions (`grammar/go.lalrpop`).
//!
//! They build AST nodes with fresh [`NodeId`]s and perform the checks that
//! cmd/compile's parser makes after it has read a construct (parameter regrouping as in
//! `paramList`, the `if`/`for`/`switch` header rules of `header`, range clauses, `go` and
//! `defer` operands), returning its syntax errors word for word.

use crate::source::{Pos, Span};
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;
use crate::syntax::token::{SemiOrigin, Token};
use lalrpop_util::ParseError;
use std::cell::Cell;

/// The error type of fallible grammar actions.
pub type PErr = ParseError<u32, Token, SyntaxError>;

/// One entry of a parameter list before regrouping: a lone name (which may turn out to
/// be a type), or an entry with a type (and maybe a name; `true` when written `...T`).
#[derive(Debug)]
pub enum PDecl {
    Name(Ident),
    Typed(Option<Ident>, Expr, bool),
}

/// The statements of an `if`/`for`/`switch` header, before they are sorted out:
/// `init; cond; post` with the positions and origins of the semicolons.
#[derive(Debug)]
pub struct Hdr {
    pub init: Option<Stmt>,
    pub semi: Option<(Pos, SemiOrigin)>,
    pub cond: Option<Stmt>,
    pub semi2: Option<(Pos, SemiOrigin)>,
    pub post: Option<Stmt>,
}

/// A syntax error at `pos` (the message is complete, `syntax error: ` included).
pub fn err(pos: Pos, msg: impl Into<String>) -> PErr {
    ParseError::User {
        error: SyntaxError {
            pos,
            msg: msg.into(),
        },
    }
}

fn fresh(ids: &Cell<u32>) -> NodeId {
    let id = ids.get();
    ids.set(id + 1);
    id
}

/// A new expression node spanning `lo..hi`.
pub fn e(ids: &Cell<u32>, lo: Pos, hi: Pos, kind: ExprKind) -> Expr {
    Expr {
        id: fresh(ids),
        span: Span::new(lo, hi),
        kind,
    }
}

/// A basic literal; one the lexer reported as malformed (`bad`: sorted token
/// positions) becomes a `Bad` expression, as types2 treats a `BasicLit` with `Bad` set:
/// invalid, with no further error.
pub fn lit(ids: &Cell<u32>, bad: &[u32], lo: Pos, hi: Pos, kind: LitKind, raw: String) -> Expr {
    if bad.binary_search(&lo).is_ok() {
        return e(ids, lo, hi, ExprKind::Bad);
    }
    e(ids, lo, hi, ExprKind::BasicLit { kind, raw })
}

pub fn ident(ids: &Cell<u32>, lo: Pos, name: String, hi: Pos) -> Ident {
    Ident {
        id: fresh(ids),
        name,
        span: Span::new(lo, hi),
    }
}

/// A name used as an expression; the expression takes over the name's id.
pub fn name_expr(_ids: &Cell<u32>, n: Ident) -> Expr {
    Expr {
        id: n.id,
        span: n.span,
        kind: ExprKind::Ident(n.name),
    }
}

pub fn iota(mut s: ConstSpec, i: u32) -> ConstSpec {
    s.iota = i;
    s
}

/// A signature `(params, results, hi)` whose keyword (or `(`) is at `pos`.
pub fn func_type(pos: Pos, sig: (Vec<Param>, Vec<Param>, Pos)) -> FuncType {
    let (params, results, hi) = sig;
    FuncType {
        params,
        results,
        pos,
        span: Span::new(pos, hi),
    }
}

/// An unnamed result `T`.
pub fn unnamed(ty: Expr) -> Param {
    Param {
        name: None,
        span: ty.span,
        ty,
        variadic: false,
    }
}

/// Regroups a parameter list as cmd/compile's `paramList` does: if no entry has both
/// a name and a type, every entry is a type; otherwise lone names take the type of the
/// next typed entry (`a, b int`), and a type without a name is an error.
pub fn regroup(list: Vec<PDecl>) -> Result<Vec<Param>, PErr> {
    let named = list
        .iter()
        .filter(|d| matches!(d, PDecl::Typed(Some(_), _, _)))
        .count();
    if named == 0 {
        return Ok(list
            .into_iter()
            .map(|d| match d {
                PDecl::Name(n) => {
                    let ty = Expr {
                        id: n.id,
                        span: n.span,
                        kind: ExprKind::Ident(n.name),
                    };
                    Param {
                        name: None,
                        span: ty.span,
                        ty,
                        variadic: false,
                    }
                }
                PDecl::Typed(_, ty, variadic) => Param {
                    name: None,
                    span: ty.span,
                    ty,
                    variadic,
                },
            })
            .collect());
    }
    if named == list.len() {
        return Ok(list
            .into_iter()
            .map(|d| match d {
                PDecl::Typed(Some(n), ty, variadic) => Param {
                    span: Span::new(n.span.lo, ty.span.hi),
                    name: Some(n),
                    ty,
                    variadic,
                },
                _ => unreachable!("all entries are named"),
            })
            .collect());
    }
    // Mixed: walk from the right, carrying the last type seen; report the leftmost
    // error, as paramList does.
    let mut err_pos: Option<Pos> = None;
    let mut cur: Option<Expr> = None;
    let mut out: Vec<Param> = Vec::with_capacity(list.len());
    for d in list.into_iter().rev() {
        match d {
            PDecl::Typed(name, ty, variadic) => {
                if name.is_none() {
                    err_pos = Some(ty.span.lo);
                }
                cur = Some(ty.clone());
                let lo = name.as_ref().map_or(ty.span.lo, |n| n.span.lo);
                out.push(Param {
                    span: Span::new(lo, ty.span.hi),
                    name,
                    ty,
                    variadic,
                });
            }
            PDecl::Name(n) => match &cur {
                Some(t) => {
                    out.push(Param {
                        span: n.span,
                        name: Some(n),
                        ty: t.clone(),
                        variadic: false,
                    });
                }
                None => {
                    err_pos = Some(n.span.lo);
                    let bad = Expr {
                        id: n.id,
                        span: n.span,
                        kind: ExprKind::Bad,
                    };
                    out.push(Param {
                        span: n.span,
                        name: Some(n),
                        ty: bad,
                        variadic: false,
                    });
                }
            },
        }
    }
    if let Some(pos) = err_pos {
        return Err(err(pos, "syntax error: mixed named and unnamed parameters"));
    }
    out.reverse();
    Ok(out)
}

/// The receiver of a method. cmd/compile's parser complains unless there is exactly
/// one (recovery.rs) and keeps the first: without one, the declaration is a function.
pub fn receiver(list: Vec<PDecl>) -> Result<Option<Param>, PErr> {
    Ok(regroup(list)?.into_iter().next())
}

pub fn branch(lo: Pos, hi: Pos, kind: BranchKind, label: Option<Ident>) -> Stmt {
    Stmt {
        span: Span::new(lo, hi),
        kind: StmtKind::Branch { kind, label },
    }
}

/// `go x` / `defer x`. cmd/compile's parser complains about parentheses around the
/// operand (recovery.rs) and drops them; the type checker requires a call.
pub fn call_stmt(lo: Pos, hi: Pos, x: Expr, is_go: bool) -> Stmt {
    let mut x = x;
    while let ExprKind::Paren(inner) = x.kind {
        x = *inner;
    }
    let kind = if is_go {
        StmtKind::Go(x)
    } else {
        StmtKind::Defer(x)
    };
    Stmt {
        span: Span::new(lo, hi),
        kind,
    }
}

pub fn binary(ids: &Cell<u32>, lo: Pos, hi: Pos, op: BinOp, x: Expr, y: Expr, op_pos: Pos) -> Expr {
    e(
        ids,
        lo,
        hi,
        ExprKind::Binary {
            op,
            x: Box::new(x),
            y: Box::new(y),
            op_pos,
        },
    )
}

/// A unary expression. `<-` applied to a channel type re-associates into a
/// receive-only channel type (`<-chan T`), as cmd/compile's `unaryExpr` does; `&`
/// drops parentheses around its operand.
pub fn unary(ids: &Cell<u32>, lo: Pos, hi: Pos, op: UnOp, x: Expr) -> Expr {
    match op {
        UnOp::Recv if matches!(x.kind, ExprKind::ChanType { .. }) => {
            let mut x = x;
            x.span.lo = lo;
            reassoc_recv(&mut x);
            x
        }
        UnOp::Addr => {
            let mut x = x;
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
            e(
                ids,
                lo,
                hi,
                ExprKind::Unary {
                    op,
                    x: Box::new(x),
                    op_pos: lo,
                },
            )
        }
        _ => e(
            ids,
            lo,
            hi,
            ExprKind::Unary {
                op,
                x: Box::new(x),
                op_pos: lo,
            },
        ),
    }
}

/// Turns `<-(chan E)` into `<-chan E` and `<-(chan<- chan E)` into
/// `<-chan (<-chan E)`.
fn reassoc_recv(t: &mut Expr) {
    if let ExprKind::ChanType { dir, elem } = &mut t.kind {
        let was = *dir;
        *dir = ChanDir::Recv;
        if was == ChanDir::Send {
            reassoc_recv(elem);
        }
    }
}

pub fn call(
    ids: &Cell<u32>,
    lo: Pos,
    hi: Pos,
    fun: Expr,
    args: (Vec<Expr>, Option<Pos>),
    lparen: Pos,
    rparen: Pos,
) -> Expr {
    let (args, ellipsis) = args;
    e(
        ids,
        lo,
        hi,
        ExprKind::Call {
            fun: Box::new(fun),
            args,
            ellipsis,
            lparen,
            rparen,
        },
    )
}

pub fn complit(
    ids: &Cell<u32>,
    lo: Pos,
    hi: Pos,
    ty: Option<Expr>,
    lv: (Vec<Expr>, Pos, Pos),
) -> Expr {
    let (elems, lbrace, rbrace) = lv;
    e(
        ids,
        lo,
        hi,
        ExprKind::CompositeLit {
            ty: ty.map(Box::new),
            elems,
            lbrace,
            rbrace,
        },
    )
}

/// `T{…}` where `T` came out of the primary-expression grammar: only a (qualified)
/// name may be a literal's type there (cmd/compile's `complit_ok`).
pub fn named_complit(
    ids: &Cell<u32>,
    lo: Pos,
    hi: Pos,
    t: Expr,
    lv: (Vec<Expr>, Pos, Pos),
) -> Result<Expr, PErr> {
    let mut inner = &t;
    while let ExprKind::Paren(x) = &inner.kind {
        inner = x;
    }
    match inner.kind {
        ExprKind::Ident(_) | ExprKind::Selector { .. } => {}
        _ => return Err(err(lv.1, "syntax error: unexpected { at end of statement")),
    }
    if !std::ptr::eq(inner, &t) {
        return Err(err(
            lv.1,
            "syntax error: cannot parenthesize type in composite literal",
        ));
    }
    Ok(complit(ids, lo, hi, Some(t), lv))
}

pub fn func_lit(ids: &Cell<u32>, lo: Pos, hi: Pos, t: Expr, body: Block) -> Expr {
    let sig = match t.kind {
        ExprKind::FuncType(f) => f,
        _ => unreachable!("the grammar passes a function type"),
    };
    e(ids, lo, hi, ExprKind::FuncLit { sig, body })
}

/// Where cmd/compile's tree puts a simple statement: at the operator of an
/// assignment, increment or send, else at its start.
fn stmt_pos(s: &Stmt) -> Pos {
    match &s.kind {
        StmtKind::Assign { op_pos, .. } | StmtKind::IncDec { op_pos, .. } => *op_pos,
        StmtKind::Send { arrow, .. } => *arrow,
        _ => s.span.lo,
    }
}

/// The condition of a header: the statement must be an expression (cmd/compile's
/// `header`, "cannot use … as value").
fn cond_expr(s: Stmt) -> Result<Expr, PErr> {
    let pos = stmt_pos(&s);
    match s.kind {
        StmtKind::Expr(x) => Ok(x),
        StmtKind::Assign {
            op: AssignOp::Assign,
            ref lhs,
            ref rhs,
            ..
        } => Err(err(
            pos,
            format!(
                "syntax error: cannot use assignment {} = {} as value",
                emphasize_list(lhs),
                emphasize_list(rhs)
            ),
        )),
        _ => Err(err(
            pos,
            format!("syntax error: cannot use {} as value", stmt_string(&s)),
        )),
    }
}

/// The `if` header: `[init ;] cond`.
pub fn if_header(h: Hdr) -> Result<(Option<Box<Stmt>>, Expr), PErr> {
    match (h.semi, h.cond) {
        (None, Some(c)) => Ok((None, cond_expr(c)?)),
        (Some(_), Some(c)) => Ok((h.init.map(Box::new), cond_expr(c)?)),
        (Some((pos, origin)), None) => match origin {
            SemiOrigin::Explicit => {
                Err(err(pos, "syntax error: missing condition in if statement"))
            }
            SemiOrigin::Newline => Err(err(
                pos,
                "syntax error: unexpected newline, expected { after if clause",
            )),
            SemiOrigin::Eof => Err(err(
                pos,
                "syntax error: unexpected EOF, expected { after if clause",
            )),
        },
        (None, None) => unreachable!("a header has a statement or a semicolon"),
    }
}

/// An expression switch or a type switch, told apart by a `.(type)` guard.
pub fn switch_stmt(
    lo: Pos,
    hi: Pos,
    h: Option<Hdr>,
    clauses: Vec<CaseClause>,
    lbrace: Pos,
    rbrace: Pos,
) -> Result<Stmt, PErr> {
    let (init, tag) = match h {
        None => (None, None),
        Some(h) => match h.semi {
            None => (None, h.cond),
            Some(_) => (h.init, h.cond),
        },
    };
    let init = init.map(Box::new);
    let span = Span::new(lo, hi);
    let Some(tag) = tag else {
        return Ok(Stmt {
            span,
            kind: StmtKind::Switch {
                init,
                tag: None,
                clauses,
                lbrace,
                rbrace,
            },
        });
    };
    match tag.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::TypeAssert { x, ty: None, .. },
            ..
        }) => Ok(Stmt {
            span,
            kind: StmtKind::TypeSwitch {
                init,
                bind: None,
                x: *x,
                clauses,
                lbrace,
                rbrace,
            },
        }),
        StmtKind::Assign {
            op: AssignOp::Define,
            ref lhs,
            ref rhs,
            ..
        } if lhs.len() == 1
            && rhs.len() == 1
            && matches!(lhs[0].kind, ExprKind::Ident(_))
            && matches!(rhs[0].kind, ExprKind::TypeAssert { ty: None, .. }) =>
        {
            let StmtKind::Assign {
                mut lhs, mut rhs, ..
            } = tag.kind
            else {
                unreachable!()
            };
            let l = lhs.pop().unwrap();
            let ExprKind::Ident(name) = l.kind else {
                unreachable!()
            };
            let ExprKind::TypeAssert { x, .. } = rhs.pop().unwrap().kind else {
                unreachable!()
            };
            let bind = Ident {
                id: l.id,
                name,
                span: l.span,
            };
            Ok(Stmt {
                span,
                kind: StmtKind::TypeSwitch {
                    init,
                    bind: Some(bind),
                    x: *x,
                    clauses,
                    lbrace,
                    rbrace,
                },
            })
        }
        _ => {
            let tag = cond_expr(tag)?;
            Ok(Stmt {
                span,
                kind: StmtKind::Switch {
                    init,
                    tag: Some(tag),
                    clauses,
                    lbrace,
                    rbrace,
                },
            })
        }
    }
}

/// A `for` loop from its header (cmd/compile's `header` with keyword `for`).
pub fn for_stmt(lo: Pos, hi: Pos, h: Hdr, body: Block) -> Result<Stmt, PErr> {
    let span = Span::new(lo, hi);
    if h.semi.is_none() {
        let cond = cond_expr(h.cond.expect("a header without semicolon has a statement"))?;
        return Ok(Stmt {
            span,
            kind: StmtKind::For {
                init: None,
                cond: Some(cond),
                post: None,
                body,
            },
        });
    }
    if h.semi2.is_none() {
        // `for init; {` lacks a condition; `for init; cond {` the second semicolon
        // (cmd/compile's `header`).
        let msg = if h.cond.is_none() {
            "syntax error: unexpected {, expected for loop condition"
        } else {
            "syntax error: unexpected {, expected semicolon or newline"
        };
        return Err(err(body.lbrace, msg));
    }
    if let Some(p) = &h.post {
        if let StmtKind::Assign {
            op: AssignOp::Define,
            ..
        } = p.kind
        {
            return Err(err(
                stmt_pos(p),
                "syntax error: cannot declare in post statement of for loop",
            ));
        }
    }
    let cond = match h.cond {
        Some(c) => Some(cond_expr(c)?),
        None => None,
    };
    Ok(Stmt {
        span,
        kind: StmtKind::For {
            init: h.init.map(Box::new),
            cond,
            post: h.post.map(Box::new),
            body,
        },
    })
}

/// `for [k [, v] (:= | =)] range x { … }`.
pub fn range_stmt(
    lo: Pos,
    hi: Pos,
    lhs: Vec<Expr>,
    define: bool,
    range_pos: Pos,
    x: Expr,
    body: Block,
) -> Result<Stmt, PErr> {
    let mut it = lhs.into_iter().map(Box::new);
    let key = it.next();
    let value = it.next();
    let extra = it.next();
    Ok(Stmt {
        span: Span::new(lo, hi),
        kind: StmtKind::Range {
            key,
            value,
            extra,
            define,
            x: Box::new(x),
            body,
            range_pos,
        },
    })
}

// ---------------------------------------------------------------------------
// A short printer for the few messages that quote source (cmd/compile's
// syntax.String in ShortForm).

fn emphasize_list(list: &[Expr]) -> String {
    if list.len() == 1 {
        let s = expr_string(&list[0]);
        if matches!(list[0].kind, ExprKind::Binary { .. }) {
            format!("({s})")
        } else {
            s
        }
    } else {
        list.iter().map(expr_string).collect::<Vec<_>>().join(", ")
    }
}

fn list_string(list: &[Expr]) -> String {
    list.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

/// A statement in cmd/compile's short form.
pub fn stmt_string(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Send { ch, value, .. } => {
            format!("{} <- {}", expr_string(ch), expr_string(value))
        }
        StmtKind::IncDec { x, inc, .. } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Assign { op, lhs, rhs, .. } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("{} {} {}", list_string(lhs), op, list_string(rhs))
        }
        _ => String::from("statement"),
    }
}

/// An expression in cmd/compile's short form (bodies and literal contents elided).
pub fn expr_string(x: &Expr) -> String {
    match &x.kind {
        ExprKind::Bad => "BadExpr".into(),
        ExprKind::Ident(n) => n.clone(),
        ExprKind::BasicLit { raw, .. } => raw.clone(),
        ExprKind::CompositeLit { ty, elems, .. } => {
            let t = ty.as_ref().map(|t| expr_string(t)).unwrap_or_default();
            if elems.is_empty() {
                format!("{t}{{}}")
            } else {
                format!("{t}{{…}}")
            }
        }
        ExprKind::KeyValue { key, value, .. } => {
            format!("{}: {}", expr_string(key), expr_string(value))
        }
        ExprKind::FuncLit { sig, body } => {
            let dots = if body.stmts.is_empty() { "" } else { "…" };
            format!("{} {{{dots}}}", func_sig_string("func", sig))
        }
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Selector { x, sel } => format!("{}.{}", expr_string(x), sel.name),
        ExprKind::Index { x, index, .. } => format!("{}[{}]", expr_string(x), expr_string(index)),
        ExprKind::Slice { x, lo, hi, max, .. } => {
            let o = |e: &Option<Box<Expr>>| e.as_ref().map(|e| expr_string(e)).unwrap_or_default();
            let mut s = format!("{}[{}:{}", expr_string(x), o(lo), o(hi));
            if max.is_some() {
                s.push(':');
                s.push_str(&o(max));
            }
            s.push(']');
            s
        }
        ExprKind::TypeAssert { x, ty, .. } => match ty {
            Some(t) => format!("{}.({})", expr_string(x), expr_string(t)),
            None => format!("{}.(type)", expr_string(x)),
        },
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            let dots = if ellipsis.is_some() { "..." } else { "" };
            format!("{}({}{})", expr_string(fun), list_string(args), dots)
        }
        ExprKind::Star(x) => format!("*{}", expr_string(x)),
        ExprKind::Unary { op, x, .. } => format!("{}{}", op.as_str(), expr_string(x)),
        ExprKind::Binary { op, x, y, .. } => {
            format!("{} {} {}", expr_string(x), op.as_str(), expr_string(y))
        }
        ExprKind::ArrayType { len, elem } => match len {
            Some(n) => format!("[{}]{}", expr_string(n), expr_string(elem)),
            None => format!("[...]{}", expr_string(elem)),
        },
        ExprKind::SliceType { elem } => format!("[]{}", expr_string(elem)),
        ExprKind::StructType { fields } => {
            if fields.is_empty() {
                "struct{}".into()
            } else {
                "struct{…}".into()
            }
        }
        ExprKind::FuncType(f) => func_sig_string("func", f),
        ExprKind::InterfaceType { elems } => {
            if elems.is_empty() {
                "interface{}".into()
            } else {
                "interface{…}".into()
            }
        }
        ExprKind::MapType { key, value } => {
            format!("map[{}]{}", expr_string(key), expr_string(value))
        }
        ExprKind::ChanType { dir, elem } => match dir {
            ChanDir::Both => format!("chan {}", expr_string(elem)),
            ChanDir::Send => format!("chan<- {}", expr_string(elem)),
            ChanDir::Recv => format!("<-chan {}", expr_string(elem)),
        },
    }
}

fn params_string(ps: &[Param]) -> String {
    ps.iter()
        .map(|p| {
            let t = if p.variadic {
                format!("...{}", expr_string(&p.ty))
            } else {
                expr_string(&p.ty)
            };
            match &p.name {
                Some(n) => format!("{} {}", n.name, t),
                None => t,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn func_sig_string(kw: &str, f: &FuncType) -> String {
    let mut s = format!("{kw}({})", params_string(&f.params));
    match f.results.len() {
        0 => {}
        1 if f.results[0].name.is_none() => {
            s.push(' ');
            s.push_str(&expr_string(&f.results[0].ty));
        }
        _ => s.push_str(&format!(" ({})", params_string(&f.results))),
    }
    s
}
