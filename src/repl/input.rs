//! What one REPL entry is: a command, imports, package-level declarations or statements,
//! an unfinished entry that needs more lines, or a syntax error.
//!
//! The entry is parsed twice with the ordinary parser facade, once as the tail of a file
//! (`package main` + entry: declarations) and once as the body of a function (statements).
//! Whether an entry that parses in neither form is unfinished is decided from its tokens,
//! with Go's own rule for where a statement ends (the semicolon inserted at a newline, as
//! in cmd/compile/internal/syntax/scanner.go): the entry is unfinished when a bracket is
//! still open, when its last token does not end a statement (`1 +`, `f(a,`, `x :=`), or
//! when a raw string or a general comment is still open; and when one of the two parses
//! failed only after the entry's own text, where more lines could still go.

use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Decl, ExprKind, StmtKind};
use crate::syntax::lexer::Lexer;
use crate::syntax::parser::{NodeIds, parse_file};
use crate::syntax::token::Token;
use std::ops::Range;

/// The text placed before an entry to parse it as declarations.
pub const DECL_PREFIX: &str = "package main\n";
/// The text placed around an entry to parse it as statements.
pub const STMT_PREFIX: &str = "package main\nfunc main() {\n";
pub const STMT_SUFFIX: &str = "\n}\n";

/// One `import` line of an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The name the package is used by: the alias, or the last element of the path.
    pub name: String,
    /// The path without quotes.
    pub path: String,
    /// Whether the entry named the package explicitly (`import s "strings"`).
    pub alias: bool,
    /// Byte range of the import spec within the entry.
    pub span: Range<usize>,
}

/// The shape of an entry.
#[derive(Debug)]
pub enum Shape {
    /// Only whitespace or comments.
    Empty,
    /// Only import declarations.
    Imports(Vec<Import>),
    /// Package-level declarations. `names` are what they declare (methods as
    /// `Recv.name`); `movable` says the entry holds only `var`, `const` and `type`
    /// declarations, which are also valid inside a function; `vars` the variables.
    Decls {
        names: Vec<String>,
        movable: bool,
        vars: Vec<String>,
    },
    /// Statements. `vars` are the variables declared at the entry's top level; `echo`
    /// is the byte range of the expression when the entry is one expression statement
    /// whose value should be shown.
    Stmts {
        vars: Vec<String>,
        echo: Option<Range<usize>>,
    },
    /// More lines are needed.
    Incomplete,
    /// Syntax errors; the diagnostics are positioned in `src`, where the entry starts at
    /// byte `offset`.
    Invalid {
        src: String,
        offset: usize,
        diags: Vec<Diagnostic>,
    },
}

/// Parses `src` and returns the tree or the diagnostics.
fn parse(src: &str) -> Result<ast::File, Vec<Diagnostic>> {
    let mut ids = NodeIds::new();
    // Named as the shell names the programs it builds.
    match parse_file(0, "./repl.go", src, &mut ids) {
        (Some(f), d) if d.is_empty() => Ok(f),
        (_, d) => Err(d),
    }
}

/// Decides what `entry` is.
pub fn classify(entry: &str) -> Shape {
    let tokens: Vec<Token> = Lexer::new(entry)
        .filter_map(Result::ok)
        .map(|t| t.1)
        .filter(|t| !matches!(t, Token::Semi(_)))
        .collect();
    if tokens.is_empty() && Lexer::new(entry).all(|t| t.is_ok()) {
        return Shape::Empty;
    }
    let decl_src = format!("{DECL_PREFIX}{entry}\n");
    let decl = parse(&decl_src);
    if let Ok(f) = &decl {
        return decl_shape(entry, f);
    }
    let stmt_src = format!("{STMT_PREFIX}{entry}{STMT_SUFFIX}");
    let stmt = parse(&stmt_src);
    if let Ok(f) = &stmt {
        return stmt_shape(entry, f);
    }
    let (Err(decl_diags), Err(stmt_diags)) = (decl, stmt) else {
        unreachable!("both parses failed above");
    };
    let end = entry.trim_end().len();
    let fails_after = |diags: &[Diagnostic], offset: usize| {
        diags
            .first()
            .is_some_and(|d| d.pos as usize >= offset + end)
    };
    match lexically_open(entry) {
        Openness::Unterminated => return Shape::Incomplete,
        Openness::Open
            if fails_after(&decl_diags, DECL_PREFIX.len())
                || fails_after(&stmt_diags, STMT_PREFIX.len()) =>
        {
            return Shape::Incomplete;
        }
        _ => {}
    }
    // Report the form the entry was meant as: declarations start with a keyword only
    // declarations use at the top level.
    let as_decl = match (tokens.first(), tokens.get(1)) {
        (Some(Token::Func), Some(Token::LParen)) => is_method_header(&tokens),
        (Some(Token::Func | Token::Import | Token::Type), _) => true,
        _ => false,
    };
    if as_decl {
        Shape::Invalid {
            src: decl_src,
            offset: DECL_PREFIX.len(),
            diags: within_entry(decl_diags, DECL_PREFIX.len(), entry.len()),
        }
    } else {
        Shape::Invalid {
            src: stmt_src,
            offset: STMT_PREFIX.len(),
            diags: within_entry(stmt_diags, STMT_PREFIX.len(), entry.len()),
        }
    }
}

/// The errors inside the entry (at `offset`, `len` bytes long): the parser goes on after
/// an error, and what it then finds in the text around the entry means nothing to the
/// user. The first error stays when none is inside.
fn within_entry(diags: Vec<Diagnostic>, offset: usize, len: usize) -> Vec<Diagnostic> {
    let inside = |d: &Diagnostic| (d.pos as usize) >= offset && (d.pos as usize) <= offset + len;
    if diags.iter().any(inside) {
        diags.into_iter().filter(inside).collect()
    } else {
        diags.into_iter().take(1).collect()
    }
}

/// Whether tokens starting `func (` continue as a method's header (`func (r T) M(`)
/// rather than a function literal.
fn is_method_header(tokens: &[Token]) -> bool {
    let mut depth = 0;
    for (i, t) in tokens.iter().enumerate().skip(1) {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return matches!(tokens.get(i + 1), Some(Token::Ident(_)))
                        && matches!(tokens.get(i + 2), Some(Token::LParen));
                }
            }
            _ => {}
        }
    }
    false
}

enum Openness {
    /// A raw string or a general comment runs to the end.
    Unterminated,
    /// A bracket is open or the last token cannot end a statement.
    Open,
    /// The tokens could form a finished statement.
    Closed,
}

fn lexically_open(entry: &str) -> Openness {
    let mut depth = 0i32;
    let mut last: Option<Token> = None;
    for item in Lexer::new(entry) {
        match item {
            Err(e) => {
                let at = &entry[(e.pos as usize).min(entry.len())..];
                if e.msg == "comment not terminated"
                    || (e.msg == "string not terminated" && at.starts_with('`'))
                {
                    return Openness::Unterminated;
                }
            }
            Ok((_, t, _)) => {
                match t {
                    Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
                    Token::RParen | Token::RBrack | Token::RBrace => depth -= 1,
                    _ => {}
                }
                last = Some(t);
            }
        }
    }
    if depth > 0 || last.is_some_and(|t| !matches!(t, Token::Semi(_))) {
        Openness::Open
    } else {
        Openness::Closed
    }
}

fn unquote(path: &str) -> String {
    path.trim_matches(|c| c == '"' || c == '`').to_string()
}

fn decl_shape(entry: &str, f: &ast::File) -> Shape {
    let off = DECL_PREFIX.len();
    let rel = |s: crate::source::Span| (s.lo as usize - off)..(s.hi as usize - off);
    if !f.imports.is_empty() && f.decls.is_empty() {
        return Shape::Imports(
            f.imports
                .iter()
                .map(|i| {
                    let path = unquote(&i.path);
                    let (name, alias) = match &i.name {
                        Some(n) => (n.name.clone(), true),
                        None => (path.rsplit('/').next().unwrap_or(&path).to_string(), false),
                    };
                    Import {
                        name,
                        path,
                        alias,
                        span: rel(i.span),
                    }
                })
                .collect(),
        );
    }
    if f.decls.is_empty() {
        return Shape::Empty;
    }
    let mut names = Vec::new();
    let mut vars = Vec::new();
    let mut movable = f.imports.is_empty();
    for d in &f.decls {
        match d {
            Decl::Const(specs) => names.extend(
                specs
                    .iter()
                    .flat_map(|s| s.names.iter().map(|n| n.name.clone())),
            ),
            Decl::Var(specs) => {
                for s in specs {
                    for n in &s.names {
                        names.push(n.name.clone());
                        vars.push(n.name.clone());
                    }
                }
            }
            Decl::Type(specs) => names.extend(specs.iter().map(|s| s.name.name.clone())),
            Decl::Func(fd) => {
                movable = false;
                match &fd.recv {
                    Some(r) => {
                        let recv = entry[rel(r.ty.span)].trim_start_matches('*').to_string();
                        names.push(format!("{recv}.{}", fd.name.name));
                    }
                    None => names.push(fd.name.name.clone()),
                }
            }
        }
    }
    names.retain(|n| n != "_");
    vars.retain(|n| n != "_");
    Shape::Decls {
        names,
        movable,
        vars,
    }
}

/// The variables a statement list declares at its own level.
pub fn declared_vars(stmts: &[ast::Stmt]) -> Vec<String> {
    let mut vars = Vec::new();
    for s in stmts {
        match &s.kind {
            StmtKind::Assign {
                op: ast::AssignOp::Define,
                lhs,
                ..
            } => {
                for e in lhs {
                    if let ExprKind::Ident(n) = &e.kind {
                        vars.push(n.clone());
                    }
                }
            }
            StmtKind::Decl(d) => {
                if let Decl::Var(specs) = &**d {
                    vars.extend(
                        specs
                            .iter()
                            .flat_map(|s| s.names.iter().map(|n| n.name.clone())),
                    );
                }
            }
            _ => {}
        }
    }
    vars.retain(|n| n != "_");
    vars
}

fn stmt_shape(entry: &str, f: &ast::File) -> Shape {
    let off = STMT_PREFIX.len();
    let stmts = match f.decls.first() {
        Some(Decl::Func(fd)) => fd.body.as_ref().map(|b| b.stmts.as_slice()).unwrap_or(&[]),
        _ => &[],
    };
    let stmts: Vec<&ast::Stmt> = stmts
        .iter()
        .filter(|s| !matches!(s.kind, StmtKind::Empty))
        .collect();
    let echo = match stmts.as_slice() {
        [s] => match &s.kind {
            StmtKind::Expr(e) if !is_print_call(entry, off, e) => {
                Some(e.span.lo as usize - off..e.span.hi as usize - off)
            }
            _ => None,
        },
        _ => None,
    };
    let owned: Vec<ast::Stmt> = stmts.into_iter().cloned().collect();
    Shape::Stmts {
        vars: declared_vars(&owned),
        echo,
    }
}

/// Whether `e` calls one of the printing functions, whose results (a byte count and an
/// error) are not worth echoing.
fn is_print_call(entry: &str, off: usize, e: &ast::Expr) -> bool {
    let ExprKind::Call { fun, .. } = &e.kind else {
        return false;
    };
    let callee = &entry[fun.span.lo as usize - off..fun.span.hi as usize - off];
    let callee: String = callee.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(callee.as_str(), "print" | "println")
        || callee.starts_with("fmt.Print")
        || callee.starts_with("fmt.Fprint")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incomplete(s: &str) -> bool {
        matches!(classify(s), Shape::Incomplete)
    }

    #[test]
    fn unfinished_entries_need_more() {
        for s in [
            "func f() {",
            "for i := 0; i < 3; i++ {",
            "x := 1 +",
            "fmt.Println(1,",
            "s := `raw",
            "/* comment",
            "m := map[string]int{",
            "type T struct {",
            "if x := 2; x > 1 {\n  fmt.Println(x)",
        ] {
            assert!(incomplete(s), "{s:?} should need more input");
        }
    }

    #[test]
    fn finished_or_wrong_entries_do_not() {
        for s in ["x := 1", "func f() {}", "}", "var x", "f(1 2", "\"abc"] {
            assert!(!incomplete(s), "{s:?} should not need more input");
        }
    }

    #[test]
    fn shapes() {
        assert!(matches!(classify("  "), Shape::Empty));
        match classify("import (\n\t\"strings\"\n\tm \"math\"\n)") {
            Shape::Imports(is) => {
                assert_eq!(is.len(), 2);
                assert_eq!((is[0].name.as_str(), is[0].alias), ("strings", false));
                assert_eq!((is[1].name.as_str(), is[1].path.as_str()), ("m", "math"));
            }
            other => panic!("{other:?}"),
        }
        match classify("func (p *P) Get() int { return 1 }") {
            Shape::Decls { names, movable, .. } => {
                assert_eq!(names, ["P.Get"]);
                assert!(!movable);
            }
            other => panic!("{other:?}"),
        }
        match classify("var a, b = 1, 2") {
            Shape::Decls { vars, movable, .. } => {
                assert_eq!(vars, ["a", "b"]);
                assert!(movable);
            }
            other => panic!("{other:?}"),
        }
        match classify("x, _ := 1, 2") {
            Shape::Stmts { vars, echo } => {
                assert_eq!(vars, ["x"]);
                assert_eq!(echo, None);
            }
            other => panic!("{other:?}"),
        }
        match classify("1 + 2 // three") {
            Shape::Stmts { echo, .. } => assert_eq!(echo, Some(0..5)),
            other => panic!("{other:?}"),
        }
        match classify("fmt.Println(1)") {
            Shape::Stmts { echo, .. } => assert_eq!(echo, None),
            other => panic!("{other:?}"),
        }
    }
}
