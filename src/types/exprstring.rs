//! Expressions as types2 prints them in messages (`syntax.String`, short form:
//! function and composite literal bodies become `{…}`).

use crate::syntax::ast::{ChanDir, Expr, ExprKind, FuncType, InterfaceElem, UnOp};

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write(&mut s, e);
    s
}

fn write_sig(out: &mut String, ft: &FuncType) {
    out.push('(');
    for (i, p) in ft.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(n) = &p.name {
            out.push_str(&n.name);
            out.push(' ');
        }
        if p.variadic {
            out.push_str("...");
        }
        write(out, &p.ty);
    }
    out.push(')');
    if ft.results.is_empty() {
        return;
    }
    out.push(' ');
    if ft.results.len() == 1 && ft.results[0].name.is_none() {
        write(out, &ft.results[0].ty);
        return;
    }
    out.push('(');
    for (i, p) in ft.results.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(n) = &p.name {
            out.push_str(&n.name);
            out.push(' ');
        }
        write(out, &p.ty);
    }
    out.push(')');
}

fn write(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => out.push_str("BadExpr"),
        ExprKind::Ident(n) => out.push_str(n),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                write(out, t);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue { key, value, .. } => {
            write(out, key);
            out.push_str(": ");
            write(out, value);
        }
        ExprKind::FuncLit { sig, body } => {
            out.push_str("func");
            write_sig(out, sig);
            // syntax.String elides a body that has statements.
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write(out, x);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, index, .. } => {
            write(out, x);
            out.push('[');
            write(out, index);
            out.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            full,
            ..
        } => {
            write(out, x);
            out.push('[');
            if let Some(l) = lo {
                write(out, l);
            }
            out.push(':');
            if let Some(h) = hi {
                write(out, h);
            }
            if *full {
                out.push(':');
                if let Some(m) = max {
                    write(out, m);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty, .. } => {
            write(out, x);
            out.push_str(".(");
            match ty {
                Some(t) => write(out, t),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write(out, fun);
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(out, a);
            }
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write(out, x);
        }
        ExprKind::Unary { op, x, .. } => {
            out.push_str(op.as_str());
            if *op == UnOp::Recv {
                // `<-x` prints without a blank.
            }
            write(out, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write(out, x);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write(out, y);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write(out, l),
                None => out.push_str("..."),
            }
            out.push(']');
            write(out, elem);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            write(out, elem);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                for (j, n) in f.names.iter().enumerate() {
                    if j > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&n.name);
                }
                if !f.names.is_empty() {
                    out.push(' ');
                }
                write(out, &f.ty);
            }
            out.push('}');
        }
        ExprKind::FuncType(ft) => {
            out.push_str("func");
            write_sig(out, ft);
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_sig(out, sig);
                    }
                    InterfaceElem::Embedded(t) => write(out, t),
                }
            }
            out.push('}');
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write(out, key);
            out.push(']');
            write(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write(out, elem);
        }
    }
}
