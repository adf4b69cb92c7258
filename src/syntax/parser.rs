//! The parser facade: source text in, AST and diagnostics out.
//!
//! The grammar lives in `grammar/go.lalrpop` (generated into `OUT_DIR` by build.rs);
//! this module lexes the file and feeds the tokens to the generated LR parser, which
//! builds the tree. What is reported comes from [`super::recovery`], which runs
//! cmd/compile's recursive-descent parser over the same tokens: every lexical and
//! syntax error Go reports, after Go's error recovery, in Go's order. Only when the
//! grammar rejects a file that Go's parser accepts (type parameters, which goscope does
//! not implement) is the grammar's failure worded instead ([`super::error`]). Callers
//! see only [`parse_file`] and [`NodeIds`]; nothing outside `syntax/` names lalrpop.

use super::ast;
use super::error::{self, SyntaxError};
use super::lexer::Lexer;
use super::recovery;
use super::token::{SemiOrigin, Token};
use crate::diag::Diagnostic;
use crate::source::{FileId, Span};
use std::cell::Cell;

#[allow(
    clippy::all,
    unused_parens,
    unused_imports,
    dead_code,
    unused_variables
)]
mod go {
    include!(concat!(env!("OUT_DIR"), "/go.rs"));
}

/// Hands out expression ids, dense and unique within one session (all files of a
/// program, or all inputs of a REPL session).
#[derive(Debug, Default)]
pub struct NodeIds {
    next: u32,
}

impl NodeIds {
    pub fn new() -> Self {
        NodeIds { next: 0 }
    }

    /// Ids from `first` on: packages parsed separately (the standard library's Go
    /// declarations) use disjoint ranges so that one set of side tables can hold them all.
    pub fn starting_at(first: u32) -> Self {
        NodeIds { next: first }
    }

    /// A fresh id.
    pub fn next(&mut self) -> ast::NodeId {
        let id = self.next;
        self.next += 1;
        id
    }

    /// How many ids have been handed out (the size side tables need).
    pub fn count(&self) -> u32 {
        self.next
    }
}

/// Parses one file.
///
/// The diagnostics are what cmd/compile reports for the file, in its order: lexical
/// errors, syntax errors (after Go's error recovery, so possibly several) and the other
/// errors Go's parser reports (`method has no receiver`). The tree is returned when Go
/// would go on to type-check the file: when no error is a `syntax error` (a file with
/// only lexical errors is still checked, its malformed literals being invalid
/// operands).
///
/// `name` is how messages name the file where they quote a position (`label L already
/// defined at ./prog.go:4:1`).
pub fn parse_file(
    file: FileId,
    name: &str,
    src: &str,
    ids: &mut NodeIds,
) -> (Option<ast::File>, Vec<Diagnostic>) {
    let mut toks: Vec<(u32, Token, u32)> = Vec::new();
    // The lexical errors found while scanning token `i` (`toks.len()`: the end).
    let mut lex_errors: Vec<Vec<SyntaxError>> = vec![Vec::new()];
    for item in Lexer::new(src) {
        match item {
            Ok(t) => {
                toks.push(t);
                lex_errors.push(Vec::new());
            }
            Err(e) => lex_errors[toks.len()].push(SyntaxError {
                pos: e.pos,
                msg: e.msg,
            }),
        }
    }
    // A literal is malformed when an error was reported inside it.
    let bad: Vec<bool> = toks
        .iter()
        .enumerate()
        .map(|(i, (lo, t, hi))| {
            matches!(
                t,
                Token::Int(_) | Token::Float(_) | Token::Imag(_) | Token::Char(_) | Token::Str(_)
            ) && lex_errors[i].iter().any(|e| e.pos >= *lo && e.pos <= *hi)
        })
        .collect();
    let bad_pos: Vec<u32> = toks
        .iter()
        .zip(&bad)
        .filter(|(_, b)| **b)
        .map(|(t, _)| t.0)
        .collect();

    let report = recovery::check(name, src, &toks, &lex_errors, &bad);
    let span_of = |pos: u32| {
        let hi = toks.iter().find(|t| t.0 == pos).map_or(pos, |t| t.2);
        Span::new(pos, hi.max(pos))
    };
    let mut diags: Vec<Diagnostic> = report
        .errors
        .iter()
        .map(|e| Diagnostic::new(file, span_of(e.pos), e.msg.clone()))
        .collect();
    let fatal = report.no_file || diags.iter().any(|d| d.msg.starts_with("syntax error"));

    let counter = Cell::new(ids.next);
    let run = |toks: &[(u32, Token, u32)], bad: &[u32]| {
        go::FileParser::new().parse(
            &counter,
            bad,
            toks.iter().cloned().map(Ok::<_, SyntaxError>),
        )
    };
    let mut result = run(&toks, &bad_pos);
    if result.is_err() && !fatal {
        // Go stopped complaining at the end of the file after an error; its tree ends
        // with the operands, blocks and lists it found missing there. Complete the
        // tokens the same way: closing tokens, and a malformed literal (a bad
        // expression) for a missing operand.
        if let Some(missing) = report.eof_completion.as_ref().filter(|c| !c.is_empty()) {
            let end = src.len() as u32;
            let mut completed = toks.clone();
            if matches!(completed.last(), Some((_, Token::Semi(SemiOrigin::Eof), _))) {
                completed.pop();
                completed.push((end, Token::Semi(SemiOrigin::Newline), end));
            }
            for t in missing {
                completed.push((end, t.clone(), end));
            }
            completed.push((end, Token::Semi(SemiOrigin::Eof), end));
            let mut bad = bad_pos.clone();
            bad.push(end);
            result = run(&completed, &bad);
        }
    }
    ids.next = counter.get();
    match result {
        Ok(f) if !fatal => (Some(f), diags),
        Ok(_) => (None, diags),
        Err(e) => {
            if diags.is_empty() {
                // The grammar rejected what Go's parser accepts: generic code, which
                // goscope does not implement, or else a gap in the grammar, in its own
                // words.
                let err = error::describe(e, &toks, src.len() as u32);
                match report.generics.filter(|&g| g <= err.pos) {
                    Some(g) => diags.push(Diagnostic::new(
                        file,
                        span_of(g),
                        "generics are not supported by goscope",
                    )),
                    None => diags.push(Diagnostic::new(file, span_of(err.pos), err.msg)),
                }
            }
            (None, diags)
        }
    }
}

/// [`parse_file`] for source known to be valid Go (goscope's own standard packages): the
/// tokens go to the grammar without a copy and without Go's error-recovery pass, which
/// only matters for programs with errors. Should the grammar reject the file all the same,
/// it is parsed again by [`parse_file`], so the diagnostics are the same as ever.
pub fn parse_trusted_file(
    file: FileId,
    name: &str,
    src: &str,
    ids: &mut NodeIds,
) -> (Option<ast::File>, Vec<Diagnostic>) {
    let mut toks: Vec<(u32, Token, u32)> = Vec::new();
    for item in Lexer::new(src) {
        match item {
            Ok(t) => toks.push(t),
            Err(_) => return parse_file(file, name, src, ids),
        }
    }
    let counter = Cell::new(ids.next);
    let result =
        go::FileParser::new().parse(&counter, &[], toks.into_iter().map(Ok::<_, SyntaxError>));
    match result {
        Ok(f) => {
            ids.next = counter.get();
            (Some(f), Vec::new())
        }
        Err(_) => parse_file(file, name, src, ids),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{SourceFile, SourceMap};
    use crate::syntax::ast::*;

    /// goscope's own standard packages parse without a diagnostic, and the trusted path
    /// (no recovery pass, tokens moved) builds the very same tree with the same node ids.
    #[test]
    fn standard_packages_parse_the_same_on_the_trusted_path() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/stdlib/go");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let src = std::fs::read_to_string(&path).unwrap();
            let name = path.display().to_string();
            let mut a = NodeIds::starting_at(7);
            let (fa, da) = parse_file(0, &name, &src, &mut a);
            assert!(da.is_empty(), "{name}: {}", da[0].msg);
            let mut b = NodeIds::starting_at(7);
            let (fb, db) = parse_trusted_file(0, &name, &src, &mut b);
            assert!(db.is_empty());
            assert_eq!(format!("{fa:?}"), format!("{fb:?}"), "{name}");
            assert_eq!(a.next, b.next);
            n += 1;
        }
        assert!(n >= 20, "only {n} packages found");
    }

    /// Parses `src`, panicking with Go-style messages on errors.
    fn parse(src: &str) -> File {
        let mut ids = NodeIds::new();
        let (f, diags) = parse_file(0, "x.go", src, &mut ids);
        if !diags.is_empty() {
            panic!(
                "unexpected errors:\n{}\nin:\n{src}",
                render(src, &diags).join("\n")
            );
        }
        f.expect("a tree without errors")
    }

    fn render(src: &str, diags: &[Diagnostic]) -> Vec<String> {
        let f = SourceFile::new("x.go", "/x.go", src);
        diags
            .iter()
            .map(|d| {
                let (l, c) = f.line_col(d.pos);
                format!("{l}:{c}: {}", d.msg)
            })
            .collect()
    }

    /// Parses a function body.
    fn body(stmts: &str) -> Vec<Stmt> {
        let f = parse(&format!("package p\n\nfunc f() {{\n{stmts}\n}}\n"));
        match f.decls.into_iter().next() {
            Some(Decl::Func(fd)) => fd.body.unwrap().stmts,
            _ => unreachable!(),
        }
    }

    fn first_expr(stmts: &str) -> Expr {
        match body(stmts).into_iter().next().map(|s| s.kind) {
            Some(StmtKind::Expr(x)) => x,
            Some(StmtKind::Assign { mut rhs, .. }) => rhs.remove(0),
            other => panic!("not an expression statement: {other:?}"),
        }
    }

    const VALID: &str = r#"package main

import "fmt"
import (
	m "math"
	. "strings"
	_ "os"
)

const Pi = 3.14
const (
	A = iota
	B
	C, D = iota, -iota
	E string = "e"
)

var x, y int
var (
	z       = 1
	w int64 = 2
	u, v    = 1, 'c'
)

type (
	T  struct{ a, b int; c string "tag"; *fmt.Stringer; m.X; E }
	U  = T
	I  interface{ M(int) (string, error); fmt.Stringer; N() }
	F  func(a, b int, c ...string) (x int, err error)
	G  func(int, string) bool
	H  func() func()
	Ch chan<- <-chan int
	R  <-chan chan int
	P  *[4][]map[string]*T
	Q  [...]int
)

func (t *T) M(int) (string, error) { return "", nil }
func (T) N()                          {}
func bodiless(x int) int

func main() {
	var a []int = []int{1, 2, 3}
	b := map[string][]int{"x": {1}, "y": nil}
	c := [...]struct{ x, y int }{{1, 2}, {x: 3}}
	d := &T{a: 1}
	e := []*T{{a: 1}, &T{}}
	p := [][]int{{1}, {2, 3}}
	_ = a[1:2]
	_ = a[:]
	_ = a[1:2:3]
	_ = a[:2:3]
	var i interface{} = 1
	s, ok := i.(string)
	f := func(x int) int { return x * 2 }
	g := (*T).M
	h := T.N
	_, _, _, _, _, _, _, _, _, _ = b, c, d, e, p, s, ok, f, g, h
	ch := make(chan int, 1)
	fs := make(chan func(), 1)
	_ = fs
	ch <- 1
	<-ch
	v := <-ch
	v++
	v--
	v += 2
	v <<= 1
	v &^= 3
	x, y = y, x
	go f(1)
	defer func() { recover() }()
	if v > 0 {
	} else if v < 0 {
	} else {
	}
	if n := len(a); n > 2 && !ok || v == 3 {
	}
	for {
		break
	}
	for v < 10 {
		v++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
		break
	}
	for k, val := range b {
		_, _ = k, val
	}
	for k = range b {
	}
	for range 10 {
	}
	for i := range 10 {
		_ = i
	}
outer:
	for _, r := range []rune("héllo") {
		switch {
		case r == 'h':
			continue outer
		case r > 'x', r < 'a':
			fallthrough
		default:
			break outer
		}
	}
	switch x := v; x {
	case 1, 2:
	case 3:
		goto end
	}
	switch t := i.(type) {
	case int, *T:
		_ = t
	case nil:
	case func():
	case []func() int:
	default:
	}
	switch i.(type) {
	}
	select {
	case ch <- 1:
	case v := <-ch:
		_ = v
	case v, ok = <-ch:
	case <-ch:
	default:
	}
end:
	{
		var q = struct{}{}
		_ = q
	}
	type local int
	const lc = local(1)
	_ = [](func())(nil)
	_ = (func())(nil)
	_ = []byte("x")
	_ = map[string]int(nil)
	_ = interface{}(nil)
	_ = chan int(nil)
	_ = new(struct{})
	_ = fmt.Sprintf("%d %v", 1, a...)
	_ = 1 + 2*3 - 4/2%3<<1>>1&7|8^9&^10
	_ = -x + +y ^ ^x
	_ = 1.5 + 2i
	_ = `raw`
	_ = m.Pi
	_ = ToUpper("x")
	_ = func() (a, b int) { return }
	for _, b := range []byte(s) {
		_ = b
	}
	if b := []int{1}; len(b) > 0 {
	}
	for i := range [3]int{} {
		_ = i
	}
	switch s := struct{ a int }{1}; s.a {
	}
	_ = x == 1
}
"#;

    #[test]
    fn parses_every_construct() {
        let f = parse(VALID);
        assert_eq!(f.package.name, "main");
        assert_eq!(f.imports.len(), 4);
        assert_eq!(f.imports[1].name.as_ref().unwrap().name, "m");
        assert_eq!(f.imports[2].name.as_ref().unwrap().name, ".");
        assert_eq!(f.imports[0].path, "\"fmt\"");
        // const group: iota indices, and specs without values.
        let Decl::Const(cs) = &f.decls[1] else {
            panic!()
        };
        assert_eq!(
            cs.iter().map(|c| c.iota).collect::<Vec<_>>(),
            vec![0, 1, 2, 3]
        );
        assert!(cs[1].values.is_empty() && cs[1].ty.is_none());
        assert!(cs[3].ty.is_some());
        let Decl::Type(ts) = &f.decls[4] else {
            panic!()
        };
        assert!(ts[1].alias && !ts[0].alias);
        let ExprKind::StructType { fields } = &ts[0].ty.kind else {
            panic!()
        };
        assert_eq!(fields.len(), 5);
        assert_eq!(fields[0].names.len(), 2);
        assert_eq!(fields[1].tag.as_deref(), Some("\"tag\""));
        assert!(fields[2].embedded && matches!(fields[2].ty.kind, ExprKind::Star(_)));
        assert!(fields[3].embedded && fields[4].embedded);
        let ExprKind::InterfaceType { elems } = &ts[2].ty.kind else {
            panic!()
        };
        assert!(
            matches!(&elems[0], InterfaceElem::Method { name, sig } if name.name == "M" && sig.results.len() == 2)
        );
        assert!(matches!(&elems[1], InterfaceElem::Embedded(_)));
        let ExprKind::ChanType {
            dir: ChanDir::Send,
            elem,
        } = &ts[6].ty.kind
        else {
            panic!()
        };
        assert!(matches!(
            elem.kind,
            ExprKind::ChanType {
                dir: ChanDir::Recv,
                ..
            }
        ));
        let ExprKind::ChanType {
            dir: ChanDir::Recv,
            elem,
        } = &ts[7].ty.kind
        else {
            panic!()
        };
        assert!(matches!(
            elem.kind,
            ExprKind::ChanType {
                dir: ChanDir::Both,
                ..
            }
        ));
        // Methods and bodiless functions.
        let Decl::Func(m) = &f.decls[5] else { panic!() };
        assert_eq!(m.recv.as_ref().unwrap().name.as_ref().unwrap().name, "t");
        let Decl::Func(n) = &f.decls[6] else { panic!() };
        assert!(n.recv.as_ref().unwrap().name.is_none());
        let Decl::Func(b) = &f.decls[7] else { panic!() };
        assert!(b.body.is_none());
    }

    /// Every prefix of a valid file is either valid or gets errors inside it (neither
    /// the grammar's error mapping nor the recovery may panic on an unusual state).
    #[test]
    fn truncated_files_report_errors() {
        let mut cut = 10;
        while cut < VALID.len() {
            if VALID.is_char_boundary(cut) {
                let src = &VALID[..cut];
                let mut ids = NodeIds::new();
                let (f, diags) = parse_file(0, "x.go", src, &mut ids);
                assert!(
                    f.is_some() || !diags.is_empty(),
                    "no tree and no error for prefix {cut}"
                );
                for d in &diags {
                    assert!(
                        !d.msg.is_empty() && d.pos as usize <= src.len(),
                        "bad diagnostic {d:?} at prefix {cut}"
                    );
                }
            }
            cut += 5;
        }
    }

    #[test]
    fn generic_code_is_reported_as_unsupported() {
        let src = "package p\n\nfunc F[T any](x T) T { return x }\n";
        let mut ids = NodeIds::new();
        let (f, diags) = parse_file(0, "x.go", src, &mut ids);
        assert!(f.is_none());
        assert_eq!(
            render(src, &diags),
            ["3:7: generics are not supported by goscope"]
        );
    }

    /// Lexical errors leave the tree to the type checker, as in Go: a malformed literal
    /// is a bad expression, and a file cut short by an unterminated raw string or
    /// comment is closed where Go's parser stopped complaining.
    #[test]
    fn lexical_errors_keep_the_tree() {
        let mut ids = NodeIds::new();
        let src = "package p\n\nfunc f() {\n\tn := 09\n\t_ = n\n}\n";
        let (f, diags) = parse_file(0, "x.go", src, &mut ids);
        assert_eq!(
            render(src, &diags),
            ["4:8: invalid digit '9' in octal literal"]
        );
        let Some(Decl::Func(fd)) = f.unwrap().decls.into_iter().next() else {
            panic!()
        };
        let StmtKind::Assign { rhs, .. } = &fd.body.unwrap().stmts[0].kind else {
            panic!()
        };
        assert!(matches!(rhs[0].kind, ExprKind::Bad));

        let src = "package p\n\nfunc f() {\n\tif true {\n\t\ts := `abc\n";
        let (f, diags) = parse_file(0, "x.go", src, &mut ids);
        assert_eq!(render(src, &diags), ["5:8: string not terminated"]);
        let Some(Decl::Func(fd)) = f.unwrap().decls.into_iter().next() else {
            panic!()
        };
        assert!(matches!(
            fd.body.unwrap().stmts[0].kind,
            StmtKind::If { .. }
        ));
    }

    #[test]
    fn ids_are_unique_and_dense() {
        let mut ids = NodeIds::new();
        let (f, d) = parse_file(0, "x.go", "package p\nvar a = b + c\n", &mut ids);
        assert!(d.is_empty() && f.is_some());
        // p, a, b, c, b + c.
        assert_eq!(ids.count(), 5);
        let (_, _) = parse_file(0, "x.go", "package p\nvar d = 1\n", &mut ids);
        assert_eq!(ids.next(), 8);
    }

    #[test]
    fn parameter_regrouping() {
        let f =
            parse("package p\nfunc f(a, b int, c ...string) (int, error)\nfunc g(int, string)\n");
        let Decl::Func(fd) = &f.decls[0] else {
            panic!()
        };
        let names: Vec<_> = fd
            .sig
            .params
            .iter()
            .map(|p| p.name.as_ref().unwrap().name.clone())
            .collect();
        assert_eq!(names, ["a", "b", "c"]);
        assert!(matches!(&fd.sig.params[1].ty.kind, ExprKind::Ident(t) if t == "int"));
        assert!(fd.sig.params[2].variadic && !fd.sig.params[1].variadic);
        assert!(fd.sig.results.iter().all(|p| p.name.is_none()));
        let Decl::Func(gd) = &f.decls[1] else {
            panic!()
        };
        assert!(gd.sig.params.iter().all(|p| p.name.is_none()));
        assert!(matches!(&gd.sig.params[1].ty.kind, ExprKind::Ident(t) if t == "string"));
    }

    #[test]
    fn composite_literal_in_if_header() {
        // A parenthesised literal is fine; an explicit slice type takes its literal.
        let s = body(
            "if x == (T{}) {\n}\nif len([]int{1}) > 0 {\n}\nfor _, v := range []int{1} {\n_ = v\n}",
        );
        let StmtKind::If { cond, then, .. } = &s[0].kind else {
            panic!()
        };
        let ExprKind::Binary { y, .. } = &cond.kind else {
            panic!()
        };
        assert!(
            matches!(&y.kind, ExprKind::Paren(l) if matches!(l.kind, ExprKind::CompositeLit { .. }))
        );
        assert!(then.stmts.is_empty());
        let StmtKind::Range { x, .. } = &s[2].kind else {
            panic!()
        };
        assert!(matches!(x.kind, ExprKind::CompositeLit { .. }));
        // In the header `T{` is not a literal: `T` is the condition.
        let s = body("if x {\n}");
        let StmtKind::If { cond, .. } = &s[0].kind else {
            panic!()
        };
        assert!(matches!(cond.kind, ExprKind::Ident(_)));
    }

    #[test]
    fn method_expressions_and_conversions() {
        let x = first_expr("_ = (*T).M");
        let ExprKind::Selector { x, sel } = &x.kind else {
            panic!("{x:?}")
        };
        assert_eq!(sel.name, "M");
        let ExprKind::Paren(p) = &x.kind else {
            panic!()
        };
        assert!(matches!(p.kind, ExprKind::Star(_)));
        let x = first_expr("_ = []byte(s)");
        let ExprKind::Call { fun, args, .. } = &x.kind else {
            panic!()
        };
        assert!(matches!(fun.kind, ExprKind::SliceType { .. }) && args.len() == 1);
        let x = first_expr("_ = (<-chan int)(nil)");
        let ExprKind::Call { fun, .. } = &x.kind else {
            panic!()
        };
        let ExprKind::Paren(t) = &fun.kind else {
            panic!()
        };
        assert!(matches!(
            t.kind,
            ExprKind::ChanType {
                dir: ChanDir::Recv,
                ..
            }
        ));
        let x = first_expr("_ = <-ch");
        assert!(matches!(x.kind, ExprKind::Unary { op: UnOp::Recv, .. }));
    }

    #[test]
    fn labels_and_branches() {
        let s = body("L:\n\tfor {\n\t\tbreak L\n\t\tgoto M\n\t}\nM:\n");
        let StmtKind::Labeled { label, stmt } = &s[0].kind else {
            panic!()
        };
        assert_eq!(label.name, "L");
        let StmtKind::For { body, .. } = &stmt.kind else {
            panic!()
        };
        assert!(
            matches!(&body.stmts[0].kind, StmtKind::Branch { kind: BranchKind::Break, label: Some(l) } if l.name == "L")
        );
        assert!(
            matches!(&s[1].kind, StmtKind::Labeled { stmt, .. } if matches!(stmt.kind, StmtKind::Empty))
        );
    }

    /// Labels and branches are checked as cmd/compile's parser checks them.
    #[test]
    fn branch_errors() {
        let src = "package p\n\nfunc f() {\nL:\n\tfor {\n\t}\n\tbreak\n}\n";
        let mut ids = NodeIds::new();
        let (f, diags) = parse_file(0, "x.go", src, &mut ids);
        assert!(f.is_some());
        assert_eq!(
            render(src, &diags),
            [
                "7:2: break is not in a loop, switch, or select",
                "4:1: label L defined and not used"
            ]
        );
    }

    #[test]
    fn type_switch_binding() {
        let s = body("switch y := x.(type) {\ncase int:\n}\nswitch f(); x.(type) {\n}");
        let StmtKind::TypeSwitch {
            bind,
            x,
            clauses,
            init,
            ..
        } = &s[0].kind
        else {
            panic!()
        };
        assert_eq!(bind.as_ref().unwrap().name, "y");
        assert!(matches!(&x.kind, ExprKind::Ident(n) if n == "x"));
        assert!(init.is_none() && clauses.len() == 1);
        let StmtKind::TypeSwitch { bind, init, .. } = &s[1].kind else {
            panic!()
        };
        assert!(bind.is_none() && init.is_some());
    }

    #[test]
    fn positions() {
        let src = "package p\nfunc f() {\n\tx := a + b(c)\n}\n";
        let s = body_of(src);
        let StmtKind::Assign {
            op: AssignOp::Define,
            op_pos,
            rhs,
            ..
        } = &s[0].kind
        else {
            panic!()
        };
        assert_eq!(&src[*op_pos as usize..*op_pos as usize + 2], ":=");
        let ExprKind::Binary { op_pos, y, .. } = &rhs[0].kind else {
            panic!()
        };
        assert_eq!(&src[*op_pos as usize..*op_pos as usize + 1], "+");
        let ExprKind::Call { lparen, rparen, .. } = &y.kind else {
            panic!()
        };
        assert_eq!(&src[*lparen as usize..*rparen as usize + 1], "(c)");
        assert_eq!(&src[y.span.lo as usize..y.span.hi as usize], "b(c)");
        assert_eq!(
            &src[rhs[0].span.lo as usize..rhs[0].span.hi as usize],
            "a + b(c)"
        );
    }

    fn body_of(src: &str) -> Vec<Stmt> {
        match parse(src).decls.into_iter().next() {
            Some(Decl::Func(fd)) => fd.body.unwrap().stmts,
            _ => unreachable!(),
        }
    }

    /// Sources with errors and the `line:col: message` lines `go build` (go1.23.5)
    /// prints for them, less the type checker's errors: what the parser facade reports,
    /// after Go's selection (one syntax error per line, sorted).
    const ERRORS: &[(&str, &[&str])] = &[
        (
            "package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
            &["4:5: syntax error: missing condition in if statement"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := 1\n\tif x == 1\n\t{\n\t}\n}\n",
            &["5:11: syntax error: unexpected newline, expected { after if clause"],
        ),
        (
            "package main\n\nx := 1\n",
            &["3:1: syntax error: non-declaration statement outside function body"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := 1 {\n}\n",
            &["4:9: syntax error: unexpected { at end of statement"],
        ),
        (
            "package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := i {\n\t}\n}\n",
            &["4:23: syntax error: cannot declare in post statement of for loop"],
        ),
        (
            "package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
            &["5:9: syntax error: else must be followed by if or statement block"],
        ),
        (
            "package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
            &["4:10: syntax error: var declaration not allowed in for initializer"],
        ),
        (
            "package main\n\nfunc main() {\n\tvar s []int\n\tfor a, b, c := range s {\n\t}\n}\n",
            &[],
        ),
        (
            "package main\n\nfunc main() {\n\tf(1, 2\n}\n",
            &[
                "4:8: syntax error: unexpected newline in argument list; possibly missing comma or )",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n",
            &[
                "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }",
            ],
        ),
        (
            "package main\n\nfunc f(a int b int) {\n}\n",
            &[
                "3:14: syntax error: unexpected name b in parameter list; possibly missing comma or )",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tx := \n}\n",
            &["5:1: syntax error: unexpected }, expected expression"],
        ),
        (
            "package main\n\nfunc main() {\n\ttype T struct{}\n\tif x == T{} {\n\t}\n}\n",
            &[
                "5:14: syntax error: unexpected { at end of statement",
                "7:1: syntax error: non-declaration statement outside function body",
            ],
        ),
        (
            "package main\n\nfunc main()\n{\n}\n",
            &["4:1: syntax error: unexpected semicolon or newline before {"],
        ),
        (
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\"\n}\n",
            &[
                "6:18: syntax error: unexpected newline in argument list; possibly missing comma or )",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tx := 1\n\tif x = 1 {\n\t}\n}\n",
            &["5:7: syntax error: cannot use assignment x = 1 as value"],
        ),
        (
            "package main\n\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n",
            &[
                "4:20: syntax error: unexpected {, expected semicolon or newline",
                "5:2: syntax error: unexpected }, expected expression",
            ],
        ),
        ("package main\n\nfunc main() {\n\tgo func() {}\n}\n", &[]),
        (
            "package main\n\nfunc main() {\n\tdefer (f())\n}\n",
            &["4:8: expression in defer must not be parenthesized"],
        ),
        (
            "package main\n\nfunc main() {\n\ta, b += 1, 2\n}\n",
            &["4:7: syntax error: unexpected +=, expected := or = or comma"],
        ),
        (
            "package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
            &["5:8: syntax error: unexpected newline, expected :"],
        ),
        (
            "package main\n\nfunc main() {\n\tvar x int = \n}\n",
            &["5:1: syntax error: unexpected }, expected expression"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3\n}\n",
            &[
                "4:21: syntax error: unexpected newline in composite literal; possibly missing comma or }",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tfor {\n\t}\n",
            &["6:1: syntax error: unexpected EOF, expected }"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := 1 +\n}\n",
            &["5:1: syntax error: unexpected }, expected expression"],
        ),
        (
            "package main\n\nfunc main() {\n\tvar x = map[string]int{\"a\": 1 \"b\": 2}\n}\n",
            &[
                "4:32: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
            &["4:7: syntax error: cannot use x := 1 as value"],
        ),
        (
            "package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
            &["4:11: syntax error: missing condition in if statement"],
        ),
        (
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\")\n}\n\nimport \"os\"\n",
            &["9:1: syntax error: imports must appear before other declarations"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := func() int { return 1 }\n\tx() = 2\n\tvar y int\n\ty.z() (\n}\n",
            &["8:1: syntax error: unexpected }, expected expression"],
        ),
        (
            "package main\n\nfunc main() {\n\tvar a [3]int\n\t_ = a[1:2:]\n}\n",
            &["5:12: final index required in 3-index slice"],
        ),
        (
            "package main\n\nfunc main() {\n\ta := 1\n\ta++ ++\n}\n",
            &["5:6: syntax error: unexpected ++ at end of statement"],
        ),
        (
            "package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n",
            &[
                "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tgoto\n}\n",
            &["5:1: syntax error: unexpected }, expected name"],
        ),
        (
            "package main\n\nfunc main() {\n\tswitch {\n\tfoo()\n\t}\n}\n",
            &[
                "5:2: syntax error: unexpected name foo, expected case or default or }",
                "6:2: syntax error: unexpected }, expected :",
            ],
        ),
        (
            "package main\n\nfunc (a, b T) m() {}\n",
            &["3:15: method has multiple receivers"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := 1\n\tx.\n}\n",
            &["6:1: syntax error: unexpected }, expected name or ("],
        ),
        (
            "package main\n\nfunc main() {\n\tx := @\n}\n",
            &[
                "4:7: invalid character U+0040 '@'",
                "5:1: syntax error: unexpected }, expected expression",
            ],
        ),
        (
            "package main\n\nvar x = 1 2\n",
            &["3:11: syntax error: unexpected literal 2 after top level declaration"],
        ),
        (
            "package main\n\nfunc main() {\n\tfunc f() {}\n}\n",
            &[
                "4:7: syntax error: unexpected name f, expected (",
                "5:1: syntax error: non-declaration statement outside function body",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
            &["6:2: syntax error: unexpected else, expected }"],
        ),
        (
            "package main\n\nfunc main() {\n\tfor i := range 10 {\n\t\tbreak i\n\t}\n\tx := [...]int{1,2}\n\t_ = x\n\ty := (1 + 2\n}\n",
            &["9:13: syntax error: unexpected newline, expected )"],
        ),
        (
            "package main\n\nfunc f() (int, string {\n}\n",
            &[
                "3:23: syntax error: unexpected { in parameter list; possibly missing comma or )",
                "4:1: syntax error: unexpected } after top level declaration",
            ],
        ),
        (
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"))\n}\n",
            &["6:18: syntax error: unexpected ) at end of statement"],
        ),
        (
            "package main\n\nfunc main() {\n\tx = = 1\n}\n",
            &["4:6: syntax error: unexpected =, expected expression"],
        ),
        (
            "package main\n\nfunc main() {\n",
            &["4:1: syntax error: unexpected EOF, expected }"],
        ),
        (
            "package main\n\nfunc main() {\n\tvar x int y\n}\n",
            &["4:12: syntax error: unexpected name y at end of statement"],
        ),
        (
            "package main\n\nfunc main() {\n\tif (x {\n\t}\n}\n",
            &[
                "5:3: syntax error: unexpected newline, expected )",
                "6:1: syntax error: unexpected }, expected {",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tx := [3]int{1, 2, 3}\n\t_ = x[1\n}\n",
            &["5:9: syntax error: unexpected newline, expected comma, : or ]"],
        ),
        (
            "package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
            &["4:25: syntax error: unexpected newline, expected { after for clause"],
        ),
        (
            "package main\n\nfunc main() {\n\tswitch x := 1; x\n\t{\n\t}\n}\n",
            &["4:18: syntax error: missing { after switch clause"],
        ),
        (
            "package main\n\ntype T struct {\n\ta int\n\nfunc main() {\n}\n",
            &["6:1: syntax error: unexpected func, expected field name or embedded type"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := 1;;\n\t_ = x\n\ty := 2 3\n}\n",
            &["6:9: syntax error: unexpected literal 3 at end of statement"],
        ),
        (
            "package main\n\nfunc main()) {\n}\n",
            &["3:12: syntax error: unexpected ) after top level declaration"],
        ),
        (
            "package main\n\nfunc main() {\n\tvar a []int\n\ta.append(1,)\n\tb := a[1:2:3:4]\n}\n",
            &["6:14: syntax error: unexpected :, expected ]"],
        ),
        (
            "package main\n\nfunc main() {\n\treturn 1,\n}\n",
            &["5:1: syntax error: unexpected }, expected expression"],
        ),
        (
            "package main\n\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1\n\t}\n}\n",
            &[
                "5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }",
            ],
        ),
        (
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\" }\n",
            &["6:19: syntax error: unexpected } in argument list; possibly missing comma or )"],
        ),
        (
            "package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tif i == 1 {\n\t\t\tbreak\n\t}\n}\n",
            &["9:1: syntax error: unexpected EOF, expected }"],
        ),
        (
            "package main\n\nfunc f() int {\n\treturn 1\n}\n\nfunc main() {\n\tx := f(\n\ty := 2\n}\n",
            &["9:4: syntax error: unexpected := in argument list; possibly missing comma or )"],
        ),
        (
            "package main\n\nfunc main() {\n\tvar x = []int{1, 2, 3}\n\tfor i, v = range x {\n\t}\n\tx[0] = \n}\n",
            &["8:1: syntax error: unexpected }, expected expression"],
        ),
        (
            "package main\n\ntype I interface {\n\tM() int\n\tN(x int\n}\n",
            &[
                "5:9: syntax error: unexpected newline in parameter list; possibly missing comma or )",
            ],
        ),
        (
            "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase <-ch\n\t}\n}\n",
            &["6:11: syntax error: unexpected newline, expected :"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := struct{a int}{1}\n\tswitch x.a {\n\tcase 1:\n\tcase 2\n\t\tbreak\n\t}\n}\n",
            &["7:8: syntax error: unexpected newline, expected :"],
        ),
        (
            "package main\n\nfunc main() {\n\ta := []int{1,2,3}\n\tfor _, x := range a {\n\t\tprintln(x)\n\t}}\n}\n",
            &["8:1: syntax error: non-declaration statement outside function body"],
        ),
        (
            "package main\n\nfunc main() {\n\tdefer\n}\n",
            &["5:1: syntax error: unexpected }, expected expression"],
        ),
        (
            "package main\n\nvar x int = 1,\n",
            &["4:1: syntax error: unexpected EOF, expected expression"],
        ),
        (
            "package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1,}\n\ty := x[\"a\"\n}\n",
            &["5:12: syntax error: unexpected newline, expected comma, : or ]"],
        ),
    ];

    #[test]
    fn syntax_errors_match_go() {
        let mut failures = Vec::new();
        for (src, want) in ERRORS {
            let mut ids = NodeIds::new();
            let (f, diags) = parse_file(0, "x.go", src, &mut ids);
            let mut sm = SourceMap::default();
            sm.add(SourceFile::new("x.go", "/x.go", *src));
            let rendered = crate::diag::render_go(&sm, &diags);
            let got: Vec<&str> = rendered
                .lines()
                .map(|l| l.strip_prefix("x.go:").unwrap_or(l))
                .collect();
            // A tree comes back exactly when Go would type-check the file.
            let checked = !diags.iter().any(|d| d.msg.starts_with("syntax error"));
            if got != *want || f.is_some() != checked {
                failures.push(format!(
                    "{src}\n  want {want:?}\n  got  {got:?} (tree: {})",
                    f.is_some()
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases differ:\n{}",
            failures.len(),
            ERRORS.len(),
            failures.join("\n")
        );
    }

    /// Parses the standard library's `sort`, `strings` and `fmt` packages (files
    /// without generics). Skips when Go's sources are not installed.
    #[test]
    fn parses_go_standard_library() {
        let root = std::path::Path::new("/usr/lib/go-1.23/src");
        if !root.exists() {
            eprintln!("skipped: no Go sources at {}", root.display());
            return;
        }
        let (mut parsed, mut skipped, mut failed) = (0, 0, Vec::new());
        for dir in ["sort", "strings", "fmt"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .collect();
            paths.sort();
            for p in paths {
                if p.extension().is_none_or(|e| e != "go") {
                    continue;
                }
                let src = std::fs::read_to_string(&p).unwrap();
                if has_generics(&src) {
                    skipped += 1;
                    continue;
                }
                let mut ids = NodeIds::new();
                let (f, diags) = parse_file(0, "x.go", &src, &mut ids);
                if f.is_some() {
                    parsed += 1;
                } else {
                    failed.push(format!("{}: {:?}", p.display(), render(&src, &diags)));
                }
            }
        }
        eprintln!("parsed {parsed} files, skipped {skipped} with generics");
        assert!(
            failed.is_empty(),
            "{} files failed:\n{}",
            failed.len(),
            failed.join("\n")
        );
        assert!(parsed >= 45);
    }

    /// A rough test for type parameters: `[T any]`, `[K comparable, V any]`, `[S ~[]E, E cmp.Ordered]`.
    fn has_generics(src: &str) -> bool {
        let b = src.as_bytes();
        for (i, _) in src.match_indices('[') {
            // `func Name[` or `type Name[` followed by `X any|comparable|~|interface|constraint`.
            let rest = &src[i + 1..];
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if word.is_empty() || i == 0 || !(b[i - 1] as char).is_alphanumeric() {
                continue;
            }
            let after = rest[word.len()..].trim_start();
            let is_tparam = after.starts_with("any")
                || after.starts_with("comparable")
                || after.starts_with('~')
                || after.starts_with("interface")
                || after.starts_with("cmp.")
                || after.starts_with("constraints.")
                || (after.starts_with(',')
                    && rest
                        .split(']')
                        .next()
                        .is_some_and(|s| s.contains(" any") || s.contains(" comparable")));
            if is_tparam {
                return true;
            }
            // Instantiations such as `Foo[int]`, `Seq[string]`.
            if after.starts_with(']')
                && (word == "int"
                    || word == "string"
                    || word == "byte"
                    || word == "rune"
                    || word == "E"
                    || word == "T")
            {
                return true;
            }
        }
        src.contains("iter.Seq") || src.contains("[E]") || src.contains("[T]")
    }
}
