//! What cmd/compile says about a file: its syntax errors, in its words, in its order,
//! with its error recovery.
//!
//! The LR parser (`grammar/go.lalrpop`) decides whether a file is valid and builds the
//! tree; it cannot tell what Go reports after the first error, because cmd/compile's
//! recursive-descent parser recovers in ways that depend on where in its call tree it
//! was (`advance` to a follow set, `want` skipping one token, the stop set of statement
//! keywords inside functions). This module is that parser's control flow, written as a
//! recogniser over our tokens: it builds only the small expression trees Go's decisions
//! look at (composite literal or block? type parameter or array length? what to quote in
//! `cannot use … as value`) and reports every error Go's parser reports, interleaved
//! with the lexical errors at the moment Go's scanner would find them (when the token
//! becomes current). The rules it follows are those of
//! cmd/compile/internal/syntax/parser.go (Go 1.23): `syntaxErrorAt` (no error at EOF
//! once one was reported), `advance`, `list`, `header`, `stmtList`, `fileOrNil`.
//!
//! Like cmd/compile's parser, it checks labels and branch statements
//! (`syntax/branches.go`) in every function body it read without errors, on a skeleton
//! of the body's statements. Not reproduced: `//go:` pragma misuse.

use super::error::SyntaxError;
use super::token::{SemiOrigin, Token};

/// cmd/compile's token classes (`tokens.go`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum T {
    Eof,
    Name,
    Literal,
    Operator,
    AssignOp,
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl T {
    /// `token.String()`.
    fn as_str(self) -> &'static str {
        match self {
            T::Eof => "EOF",
            T::Name => "name",
            T::Literal => "literal",
            T::Operator => "op",
            T::AssignOp => "op=",
            T::IncOp => "opop",
            T::Assign => "=",
            T::Define => ":=",
            T::Arrow => "<-",
            T::Star => "*",
            T::Lparen => "(",
            T::Lbrack => "[",
            T::Lbrace => "{",
            T::Rparen => ")",
            T::Rbrack => "]",
            T::Rbrace => "}",
            T::Comma => ",",
            T::Semi => ";",
            T::Colon => ":",
            T::Dot => ".",
            T::DotDotDot => "...",
            T::Break => "break",
            T::Case => "case",
            T::Chan => "chan",
            T::Const => "const",
            T::Continue => "continue",
            T::Default => "default",
            T::Defer => "defer",
            T::Else => "else",
            T::Fallthrough => "fallthrough",
            T::For => "for",
            T::Func => "func",
            T::Go => "go",
            T::Goto => "goto",
            T::If => "if",
            T::Import => "import",
            T::Interface => "interface",
            T::Map => "map",
            T::Package => "package",
            T::Range => "range",
            T::Return => "return",
            T::Select => "select",
            T::Struct => "struct",
            T::Switch => "switch",
            T::Type => "type",
            T::Var => "var",
        }
    }
}

/// `tokstring`: the words for a token in `expected X`.
fn tokstring(t: T) -> &'static str {
    match t {
        T::Comma => "comma",
        T::Semi => "semicolon or newline",
        t => t.as_str(),
    }
}

/// cmd/compile's operators (`Operator`), with their spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    None,
    Def,
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl Op {
    fn as_str(self) -> &'static str {
        match self {
            Op::None => "",
            Op::Def => ":",
            Op::Not => "!",
            Op::Recv => "<-",
            Op::Tilde => "~",
            Op::OrOr => "||",
            Op::AndAnd => "&&",
            Op::Eql => "==",
            Op::Neq => "!=",
            Op::Lss => "<",
            Op::Leq => "<=",
            Op::Gtr => ">",
            Op::Geq => ">=",
            Op::Add => "+",
            Op::Sub => "-",
            Op::Or => "|",
            Op::Xor => "^",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Rem => "%",
            Op::And => "&",
            Op::AndNot => "&^",
            Op::Shl => "<<",
            Op::Shr => ">>",
        }
    }
}

/// The class, operator and precedence of one of our tokens, as Go's scanner gives them.
fn classify(t: &Token) -> (T, Op, u8) {
    use Token as K;
    let (t, op, prec) = match t {
        K::Ident(_) => (T::Name, Op::None, 0),
        K::Int(_) | K::Float(_) | K::Imag(_) | K::Char(_) | K::Str(_) => (T::Literal, Op::None, 0),
        K::Break => (T::Break, Op::None, 0),
        K::Case => (T::Case, Op::None, 0),
        K::Chan => (T::Chan, Op::None, 0),
        K::Const => (T::Const, Op::None, 0),
        K::Continue => (T::Continue, Op::None, 0),
        K::Default => (T::Default, Op::None, 0),
        K::Defer => (T::Defer, Op::None, 0),
        K::Else => (T::Else, Op::None, 0),
        K::Fallthrough => (T::Fallthrough, Op::None, 0),
        K::For => (T::For, Op::None, 0),
        K::Func => (T::Func, Op::None, 0),
        K::Go => (T::Go, Op::None, 0),
        K::Goto => (T::Goto, Op::None, 0),
        K::If => (T::If, Op::None, 0),
        K::Import => (T::Import, Op::None, 0),
        K::Interface => (T::Interface, Op::None, 0),
        K::Map => (T::Map, Op::None, 0),
        K::Package => (T::Package, Op::None, 0),
        K::Range => (T::Range, Op::None, 0),
        K::Return => (T::Return, Op::None, 0),
        K::Select => (T::Select, Op::None, 0),
        K::Struct => (T::Struct, Op::None, 0),
        K::Switch => (T::Switch, Op::None, 0),
        K::Type => (T::Type, Op::None, 0),
        K::Var => (T::Var, Op::None, 0),
        K::Add => (T::Operator, Op::Add, 4),
        K::Sub => (T::Operator, Op::Sub, 4),
        K::Mul => (T::Star, Op::Mul, 5),
        K::Quo => (T::Operator, Op::Div, 5),
        K::Rem => (T::Operator, Op::Rem, 5),
        K::And => (T::Operator, Op::And, 5),
        K::Or => (T::Operator, Op::Or, 4),
        K::Xor => (T::Operator, Op::Xor, 4),
        K::Shl => (T::Operator, Op::Shl, 5),
        K::Shr => (T::Operator, Op::Shr, 5),
        K::AndNot => (T::Operator, Op::AndNot, 5),
        K::AddAssign => (T::AssignOp, Op::Add, 4),
        K::SubAssign => (T::AssignOp, Op::Sub, 4),
        K::MulAssign => (T::AssignOp, Op::Mul, 5),
        K::QuoAssign => (T::AssignOp, Op::Div, 5),
        K::RemAssign => (T::AssignOp, Op::Rem, 5),
        K::AndAssign => (T::AssignOp, Op::And, 5),
        K::OrAssign => (T::AssignOp, Op::Or, 4),
        K::XorAssign => (T::AssignOp, Op::Xor, 4),
        K::ShlAssign => (T::AssignOp, Op::Shl, 5),
        K::ShrAssign => (T::AssignOp, Op::Shr, 5),
        K::AndNotAssign => (T::AssignOp, Op::AndNot, 5),
        K::LAnd => (T::Operator, Op::AndAnd, 2),
        K::LOr => (T::Operator, Op::OrOr, 1),
        K::Arrow => (T::Arrow, Op::None, 0),
        K::Inc => (T::IncOp, Op::Add, 4),
        K::Dec => (T::IncOp, Op::Sub, 4),
        K::Eql => (T::Operator, Op::Eql, 3),
        K::Lss => (T::Operator, Op::Lss, 3),
        K::Gtr => (T::Operator, Op::Gtr, 3),
        K::Assign => (T::Assign, Op::None, 0),
        K::Not => (T::Operator, Op::Not, 0),
        K::Tilde => (T::Operator, Op::Tilde, 0),
        K::Neq => (T::Operator, Op::Neq, 3),
        K::Leq => (T::Operator, Op::Leq, 3),
        K::Geq => (T::Operator, Op::Geq, 3),
        K::Define => (T::Define, Op::None, 0),
        K::Ellipsis => (T::DotDotDot, Op::None, 0),
        K::LParen => (T::Lparen, Op::None, 0),
        K::LBrack => (T::Lbrack, Op::None, 0),
        K::LBrace => (T::Lbrace, Op::None, 0),
        K::Comma => (T::Comma, Op::None, 0),
        K::Period => (T::Dot, Op::None, 0),
        K::RParen => (T::Rparen, Op::None, 0),
        K::RBrack => (T::Rbrack, Op::None, 0),
        K::RBrace => (T::Rbrace, Op::None, 0),
        K::Semi(_) => (T::Semi, Op::None, 0),
        K::Colon => (T::Colon, Op::None, 0),
    };
    (t, op, prec)
}

/// The statement keywords `advance` stops at inside a function (`stopset`).
const STOPSET: &[T] = &[
    T::Break,
    T::Const,
    T::Continue,
    T::Defer,
    T::Fallthrough,
    T::For,
    T::Go,
    T::Goto,
    T::If,
    T::Return,
    T::Select,
    T::Switch,
    T::Type,
    T::Var,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Both,
    Send,
    Recv,
}

/// A field of a parameter list, struct or interface.
#[derive(Clone, Debug)]
struct Field {
    name: Option<Node>,
    ty: Option<Node>,
    /// Identifies the type expression, so that names sharing one type (`a, b int`)
    /// print as a group, as Go's printer decides by pointer identity.
    ty_id: usize,
}

/// The expression nodes Go's parser builds, with its positions (`Pos()`: the operator
/// of a binary expression, the `(` of a call, the `.` of a selector, …).
#[derive(Clone, Debug)]
struct Node {
    pos: u32,
    k: K,
}

#[derive(Clone, Debug)]
enum K {
    Bad,
    Name(String),
    Lit(String),
    CompositeLit {
        ty: Option<Box<Node>>,
        nelems: usize,
    },
    FuncLit {
        ty: Box<Node>,
        nonempty: bool,
    },
    Paren(Box<Node>),
    Selector(Box<Node>, String),
    Index(Box<Node>, Box<Node>),
    Slice {
        x: Box<Node>,
        idx: [Option<Box<Node>>; 3],
    },
    Assert(Box<Node>, Box<Node>),
    TypeSwitchGuard {
        lhs: Option<String>,
        x: Box<Node>,
    },
    Operation {
        op: Op,
        x: Box<Node>,
        y: Option<Box<Node>>,
    },
    Call {
        fun: Box<Node>,
        args: Vec<Node>,
        dots: bool,
    },
    List(Vec<Node>),
    ArrayType {
        len: Option<Box<Node>>,
        elem: Box<Node>,
    },
    SliceType(Box<Node>),
    DotsType(Box<Node>),
    StructType(Vec<Field>),
    FuncType {
        params: Vec<Field>,
        results: Vec<Field>,
    },
    InterfaceType(Vec<Field>),
    MapType(Box<Node>, Box<Node>),
    ChanType {
        dir: Dir,
        elem: Box<Node>,
    },
}

impl Node {
    fn new(pos: u32, k: K) -> Node {
        Node { pos, k }
    }
    fn is_paren(&self) -> bool {
        matches!(self.k, K::Paren(_))
    }
}

/// `Unparen`.
fn unparen(mut x: &Node) -> &Node {
    while let K::Paren(inner) = &x.k {
        x = inner;
    }
    x
}

fn unparen_owned(mut x: Node) -> Node {
    while let K::Paren(inner) = x.k {
        x = *inner;
    }
    x
}

/// `StartPos`: where the source of `x` begins.
fn start_pos(mut x: &Node) -> u32 {
    loop {
        match &x.k {
            K::CompositeLit { ty: Some(t), .. } => x = t,
            K::Selector(y, _) | K::Index(y, _) | K::Assert(y, _) => x = y,
            K::TypeSwitchGuard { x: y, .. } => x = y,
            K::Operation {
                x: y, y: Some(_), ..
            } => x = y,
            K::Call { fun, .. } => x = fun,
            K::List(l) if !l.is_empty() => x = &l[0],
            _ => return x.pos,
        }
    }
}

/// `isValue`: whether `x` must be a value (not a type) syntactically.
fn is_value(x: &Node) -> bool {
    match &x.k {
        K::Lit(_)
        | K::CompositeLit { .. }
        | K::FuncLit { .. }
        | K::Slice { .. }
        | K::Assert(..)
        | K::TypeSwitchGuard { .. }
        | K::Call { .. } => true,
        K::Operation { op, y, .. } => *op != Op::Mul || y.is_some(),
        K::Paren(y) => is_value(y),
        K::Index(y, i) => is_value(y) || is_value(i),
        _ => false,
    }
}

/// `isTypeElem`.
fn is_type_elem(x: &Node) -> bool {
    match &x.k {
        K::ArrayType { .. }
        | K::StructType(_)
        | K::FuncType { .. }
        | K::InterfaceType(_)
        | K::SliceType(_)
        | K::MapType(..)
        | K::ChanType { .. } => true,
        K::Operation { op, x, y } => {
            is_type_elem(x) || y.as_ref().is_some_and(|y| is_type_elem(y)) || *op == Op::Tilde
        }
        K::Paren(y) => is_type_elem(y),
        _ => false,
    }
}

/// `extractName`: splits `x` into a type parameter name and its constraint.
fn extract_name(x: &Node, force: bool) -> (Option<String>, Option<Node>) {
    match &x.k {
        K::Name(n) => return (Some(n.clone()), None),
        K::Operation {
            op,
            x: l,
            y: Some(r),
        } => match op {
            Op::Mul => {
                if let K::Name(n) = &l.k
                    && (force || is_type_elem(r))
                {
                    let t = Node::new(
                        x.pos,
                        K::Operation {
                            op: Op::Mul,
                            x: r.clone(),
                            y: None,
                        },
                    );
                    return (Some(n.clone()), Some(t));
                }
            }
            Op::Or => {
                if let (Some(n), Some(lhs)) = extract_name(l, force || is_type_elem(r)) {
                    let t = Node::new(
                        x.pos,
                        K::Operation {
                            op: Op::Or,
                            x: Box::new(lhs),
                            y: Some(r.clone()),
                        },
                    );
                    return (Some(n), Some(t));
                }
            }
            _ => {}
        },
        K::Call { fun, args, dots } => {
            if let K::Name(n) = &fun.k
                && args.len() == 1
                && !dots
                && (force || is_type_elem(&args[0]))
            {
                return (Some(n.clone()), Some(args[0].clone()));
            }
        }
        _ => {}
    }
    (None, Some(x.clone()))
}

// ---------------------------------------------------------------------------
// The short printer (`syntax.String`), for the messages that quote source.

fn string(x: &Node) -> String {
    let mut s = String::new();
    print_node(&mut s, x);
    s
}

fn print_list(s: &mut String, l: &[Node]) {
    for (i, x) in l.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        print_node(s, x);
    }
}

fn print_params(s: &mut String, list: &[Field]) {
    s.push('(');
    for (i, f) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(n) = &f.name {
            print_node(s, n);
            if let Some(f1) = list.get(i + 1)
                && f1.name.is_some()
                && f1.ty_id == f.ty_id
                && f.ty.is_some()
            {
                continue;
            }
            s.push(' ');
        }
        if let Some(t) = &f.ty {
            print_node(s, unparen(t));
        }
    }
    s.push(')');
}

fn print_signature(s: &mut String, params: &[Field], results: &[Field]) {
    print_params(s, params);
    if !results.is_empty() {
        s.push(' ');
        if results.len() == 1 && results[0].name.is_none() {
            if let Some(t) = &results[0].ty {
                print_node(s, t);
            }
        } else {
            print_params(s, results);
        }
    }
}

fn print_node(s: &mut String, x: &Node) {
    match &x.k {
        K::Bad => s.push_str("<bad expr>"),
        K::Name(n) | K::Lit(n) => s.push_str(n),
        K::CompositeLit { ty, nelems } => {
            if let Some(t) = ty {
                print_node(s, t);
            }
            s.push('{');
            if *nelems > 0 {
                s.push('…');
            }
            s.push('}');
        }
        K::FuncLit { ty, nonempty } => {
            print_node(s, ty);
            s.push_str(if *nonempty { " {…}" } else { " {}" });
        }
        K::Paren(y) => {
            s.push('(');
            print_node(s, y);
            s.push(')');
        }
        K::Selector(y, sel) => {
            print_node(s, y);
            s.push('.');
            s.push_str(sel);
        }
        K::Index(y, i) => {
            print_node(s, y);
            s.push('[');
            print_node(s, i);
            s.push(']');
        }
        K::Slice { x: y, idx } => {
            print_node(s, y);
            s.push('[');
            if let Some(i) = &idx[0] {
                print_node(s, i);
            }
            s.push(':');
            if let Some(j) = &idx[1] {
                print_node(s, j);
            }
            if let Some(k) = &idx[2] {
                s.push(':');
                print_node(s, k);
            }
            s.push(']');
        }
        K::Assert(y, t) => {
            print_node(s, y);
            s.push_str(".(");
            print_node(s, t);
            s.push(')');
        }
        K::TypeSwitchGuard { lhs, x: y } => {
            if let Some(l) = lhs {
                s.push_str(l);
                s.push_str(" := ");
            }
            print_node(s, y);
            s.push_str(".(type)");
        }
        K::Operation { op, x: l, y } => match y {
            None => {
                s.push_str(op.as_str());
                print_node(s, l);
            }
            Some(r) => {
                print_node(s, l);
                s.push(' ');
                s.push_str(op.as_str());
                s.push(' ');
                print_node(s, r);
            }
        },
        K::Call { fun, args, dots } => {
            print_node(s, fun);
            s.push('(');
            print_list(s, args);
            if *dots {
                s.push_str("...");
            }
            s.push(')');
        }
        K::List(l) => print_list(s, l),
        K::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(n) => print_node(s, n),
                None => s.push_str("..."),
            }
            s.push(']');
            print_node(s, elem);
        }
        K::SliceType(e) => {
            s.push_str("[]");
            print_node(s, e);
        }
        K::DotsType(e) => {
            s.push_str("...");
            print_node(s, e);
        }
        K::StructType(fields) => {
            s.push_str("struct{");
            let mut i0 = 0;
            for i in 1..=fields.len() {
                let split = i == fields.len()
                    || fields[i].name.is_none()
                    || fields[i].ty_id != fields[i0].ty_id;
                if split {
                    if i0 > 0 {
                        s.push_str("; ");
                    }
                    let group = &fields[i0..i];
                    if group.len() == 1 && group[0].name.is_none() {
                        if let Some(t) = &group[0].ty {
                            print_node(s, t);
                        }
                    } else {
                        for (k, f) in group.iter().enumerate() {
                            if k > 0 {
                                s.push_str(", ");
                            }
                            if let Some(n) = &f.name {
                                print_node(s, n);
                            }
                        }
                        s.push(' ');
                        if let Some(t) = &group[0].ty {
                            print_node(s, t);
                        }
                    }
                    i0 = i;
                }
            }
            s.push('}');
        }
        K::FuncType { params, results } => {
            s.push_str("func");
            print_signature(s, params, results);
        }
        K::InterfaceType(methods) => {
            s.push_str("interface{");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match (&m.name, &m.ty) {
                    (Some(n), Some(t)) => {
                        print_node(s, n);
                        if let K::FuncType { params, results } = &t.k {
                            print_signature(s, params, results);
                        }
                    }
                    (_, Some(t)) => print_node(s, t),
                    _ => {}
                }
            }
            s.push('}');
        }
        K::MapType(k, v) => {
            s.push_str("map[");
            print_node(s, k);
            s.push(']');
            print_node(s, v);
        }
        K::ChanType { dir, elem } => {
            if *dir == Dir::Recv {
                s.push_str("<-");
            }
            s.push_str("chan");
            if *dir == Dir::Send {
                s.push_str("<-");
            }
            s.push(' ');
            let paren = *dir == Dir::Both && matches!(elem.k, K::ChanType { dir: Dir::Recv, .. });
            if paren {
                s.push('(');
            }
            print_node(s, elem);
            if paren {
                s.push(')');
            }
        }
    }
}

/// Turns `<-` followed by the channel type `t` into a receive-only channel type, as
/// `unaryExpr` does, collecting the complaints about what cannot be re-associated.
fn reassociate_recv(t: &mut Node, errs: &mut Vec<String>) {
    match &mut t.k {
        K::ChanType { dir, elem } => {
            let d = *dir;
            if d == Dir::Recv {
                errs.push("unexpected <-, expected chan".to_string());
            }
            *dir = Dir::Recv;
            if d == Dir::Send {
                reassociate_recv(elem, errs);
            }
        }
        _ => errs.push(format!("unexpected {}, expected chan", string(t))),
    }
}

/// `emphasize`: a binary expression in parentheses.
fn emphasize(x: &Node) -> String {
    let s = string(x);
    if matches!(x.k, K::Operation { y: Some(_), .. }) {
        format!("({s})")
    } else {
        s
    }
}

/// The simple statements `simpleStmt` returns (what `header` looks at).
enum Simple {
    Expr(Node),
    Send {
        pos: u32,
        ch: Node,
        value: Node,
    },
    /// `op` is `Op::None` for `=`, `Op::Def` for `:=`; `rhs` is None for `x++`/`x--`.
    Assign {
        pos: u32,
        op: Op,
        lhs: Node,
        rhs: Option<Node>,
    },
    Range,
}

impl Simple {
    fn pos(&self) -> u32 {
        match self {
            Simple::Expr(x) => x.pos,
            Simple::Send { pos, .. } => *pos,
            Simple::Assign { pos, .. } => *pos,
            Simple::Range => 0,
        }
    }
}

fn simple_string(s: &Simple) -> String {
    match s {
        Simple::Expr(x) => string(x),
        Simple::Send { ch, value, .. } => format!("{} <- {}", string(ch), string(value)),
        Simple::Assign { op, lhs, rhs, .. } => match rhs {
            None => format!("{}{}{}", string(lhs), op.as_str(), op.as_str()),
            Some(r) => format!("{} {}= {}", string(lhs), op.as_str(), string(r)),
        },
        Simple::Range => String::new(),
    }
}

// ---------------------------------------------------------------------------
// Statements, as far as the branch checks need them.

/// The skeleton of a statement: what `checkBranches` looks at.
#[derive(Debug)]
enum St {
    Empty,
    Other,
    /// A `var` declaration, by its first variable.
    VarDecl {
        pos: u32,
        name: String,
    },
    /// `lhs := …`, at the `:=`.
    Define {
        pos: u32,
        lhs: String,
    },
    /// A labeled statement; `pos` is the label's.
    Labeled {
        name: String,
        pos: u32,
        stmt: Box<St>,
    },
    /// `break`, `continue`, `goto`, `fallthrough`, with the label and its position.
    Branch {
        tok: T,
        pos: u32,
        label: Option<(String, u32)>,
    },
    Block {
        pos: u32,
        list: Vec<St>,
    },
    If {
        pos: u32,
        then_pos: u32,
        then: Vec<St>,
        els: Option<Box<St>>,
    },
    For {
        pos: u32,
        body: Vec<St>,
    },
    Switch {
        type_switch: bool,
        clauses: Vec<(u32, Vec<St>)>,
    },
    Select {
        clauses: Vec<(u32, Vec<St>)>,
    },
}

impl St {
    /// Where Go's tree puts an `else` branch: its `if` or its `{`.
    fn pos(&self) -> u32 {
        match self {
            St::Block { pos, .. } | St::If { pos, .. } => *pos,
            _ => 0,
        }
    }
}

/// What a `break` leaves (`targets.breaks`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BreakTarget {
    For,
    Select,
    Switch { type_switch: bool, clauses: usize },
}

/// The statements a `break` or `continue` may refer to (`targets`).
#[derive(Clone, Copy, Debug, Default)]
struct Targets {
    breaks: Option<BreakTarget>,
    continues: bool,
    /// The index of the enclosing case clause in its switch.
    case_index: Option<usize>,
}

/// What a label labels, as far as `break` and `continue` care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Labeled {
    For,
    Switch,
    Select,
    Other,
}

struct LabelInfo {
    name: String,
    /// The label's position, which identifies its labeled statement.
    pos: u32,
    parent: usize,
    labeled: Labeled,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: u32,
    /// The labeled statement (by its label's position) the block belongs to.
    lstmt: Option<u32>,
}

/// A `goto` whose label was not found yet; its label's position identifies it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Goto {
    name: String,
    pos: u32,
}

/// A branch error; the positions inside messages are formatted by the parser.
enum Msg {
    Plain(String),
    JumpsIntoBlock(String, u32),
    AlreadyDefined(String, u32),
    JumpsOver(String, String, u32),
}

/// The labels of one function body (`labelScope`).
#[derive(Default)]
struct LabelScope {
    labels: Vec<LabelInfo>,
    blocks: Vec<BlockInfo>,
    errs: Vec<(u32, Msg)>,
}

/// The statement a `break` or `continue` label names (`enclosingTarget`).
enum Enclosing {
    NotDefined,
    Invalid,
    Found(Labeled),
}

impl LabelScope {
    fn find(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l.name == name)
    }

    /// `declare`: the new label, or the earlier one of the same name (with an error).
    fn declare(&mut self, b: usize, name: &str, pos: u32, labeled: Labeled) -> usize {
        if let Some(alt) = self.find(name) {
            let at = self.labels[alt].pos;
            self.errs
                .push((pos, Msg::AlreadyDefined(name.to_string(), at)));
            return alt;
        }
        self.labels.push(LabelInfo {
            name: name.to_string(),
            pos,
            parent: b,
            labeled,
            used: false,
        });
        self.labels.len() - 1
    }

    /// `gotoTarget`: whether the label is declared in `b` or a block around it.
    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        if let Some(l) = self.find(name) {
            self.labels[l].used = true;
            let mut cur = Some(b);
            while let Some(c) = cur {
                if self.labels[l].parent == c {
                    return true;
                }
                cur = self.blocks[c].parent;
            }
        }
        false
    }

    /// `enclosingTarget`.
    fn enclosing_target(&mut self, b: usize, name: &str) -> Enclosing {
        let Some(l) = self.find(name) else {
            return Enclosing::NotDefined;
        };
        self.labels[l].used = true;
        let mut cur = Some(b);
        while let Some(c) = cur {
            if self.blocks[c].lstmt == Some(self.labels[l].pos) {
                return Enclosing::Found(self.labels[l].labeled);
            }
            cur = self.blocks[c].parent;
        }
        Enclosing::Invalid
    }

    /// `blockBranches`: checks a block's statements and returns its `goto`s whose
    /// label was not found in it.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<u32>,
        start: u32,
        body: &[St],
    ) -> Vec<Goto> {
        self.blocks.push(BlockInfo {
            parent,
            start,
            lstmt,
        });
        let b = self.blocks.len() - 1;
        let mut var: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto> = Vec::new();
        let mut bad: Vec<Goto> = Vec::new();
        // A fallthrough counts as last even before trailing empty statements.
        let trailing = body.iter().rev().take_while(|s| matches!(s, St::Empty));
        let list = &body[..body.len() - trailing.count()];
        let inner = |t: Targets| Targets {
            case_index: None,
            ..t
        };
        for (idx, stmt) in list.iter().enumerate() {
            let mut lstmt: Option<u32> = None;
            let mut s = stmt;
            while let St::Labeled { name, pos, stmt } = s {
                if name != "_" {
                    let labeled = match **stmt {
                        St::For { .. } => Labeled::For,
                        St::Switch { .. } => Labeled::Switch,
                        St::Select { .. } => Labeled::Select,
                        _ => Labeled::Other,
                    };
                    let l = self.declare(b, name, *pos, labeled);
                    let mut kept = Vec::new();
                    for g in std::mem::take(&mut fwd) {
                        if &g.name != name {
                            kept.push(g);
                            continue;
                        }
                        self.labels[l].used = true;
                        if let Some((vpos, vname)) = &var
                            && bad.contains(&g)
                        {
                            let m = Msg::JumpsOver(name.clone(), vname.clone(), *vpos);
                            self.errs.push((g.pos, m));
                        }
                    }
                    fwd = kept;
                    lstmt = Some(*pos);
                }
                s = stmt;
            }
            match s {
                St::VarDecl { pos, name } | St::Define { pos, lhs: name } => {
                    var = Some((*pos, name.clone()));
                    bad = fwd.clone();
                }
                St::Branch {
                    tok,
                    pos,
                    label: None,
                } => match tok {
                    T::Break if ctxt.breaks.is_none() => {
                        let m = "break is not in a loop, switch, or select";
                        self.errs.push((*pos, Msg::Plain(m.into())));
                    }
                    T::Continue if !ctxt.continues => {
                        let m = "continue is not in a loop";
                        self.errs.push((*pos, Msg::Plain(m.into())));
                    }
                    T::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        if let Some(BreakTarget::Switch {
                            type_switch,
                            clauses,
                        }) = ctxt.breaks
                        {
                            if type_switch {
                                msg = Some("cannot fallthrough in type switch");
                            } else if ctxt.case_index.is_none() || idx + 1 < list.len() {
                                // Nested in a block, or not the last statement.
                            } else if ctxt.case_index.map(|i| i + 1) == Some(clauses) {
                                msg = Some("cannot fallthrough final case in switch");
                            } else {
                                msg = None;
                            }
                        }
                        if let Some(m) = msg {
                            self.errs.push((*pos, Msg::Plain(m.into())));
                        }
                    }
                    _ => {}
                },
                St::Branch {
                    tok,
                    label: Some((name, lpos)),
                    ..
                } => {
                    let err = match tok {
                        T::Break => match self.enclosing_target(b, name) {
                            Enclosing::Found(Labeled::For | Labeled::Switch | Labeled::Select) => {
                                None
                            }
                            Enclosing::Found(_) | Enclosing::Invalid => {
                                Some(format!("invalid break label {name}"))
                            }
                            Enclosing::NotDefined => {
                                Some(format!("break label not defined: {name}"))
                            }
                        },
                        T::Continue => match self.enclosing_target(b, name) {
                            Enclosing::Found(Labeled::For) => None,
                            Enclosing::Found(_) | Enclosing::Invalid => {
                                Some(format!("invalid continue label {name}"))
                            }
                            Enclosing::NotDefined => {
                                Some(format!("continue label not defined: {name}"))
                            }
                        },
                        T::Goto => {
                            if !self.goto_target(b, name) {
                                fwd.push(Goto {
                                    name: name.clone(),
                                    pos: *lpos,
                                });
                            }
                            None
                        }
                        _ => None,
                    };
                    if let Some(m) = err {
                        self.errs.push((*lpos, Msg::Plain(m)));
                    }
                }
                St::Block { pos, list } => {
                    let g = self.block_branches(Some(b), inner(ctxt), lstmt, *pos, list);
                    fwd.extend(g);
                }
                St::If {
                    then_pos,
                    then,
                    els,
                    ..
                } => {
                    let g = self.block_branches(Some(b), inner(ctxt), lstmt, *then_pos, then);
                    fwd.extend(g);
                    if let Some(e) = els {
                        let list = std::slice::from_ref(&**e);
                        let g = self.block_branches(Some(b), inner(ctxt), lstmt, e.pos(), list);
                        fwd.extend(g);
                    }
                }
                St::For { pos, body } => {
                    let t = Targets {
                        breaks: Some(BreakTarget::For),
                        continues: true,
                        case_index: None,
                    };
                    let g = self.block_branches(Some(b), t, lstmt, *pos, body);
                    fwd.extend(g);
                }
                St::Switch {
                    type_switch,
                    clauses,
                } => {
                    let mut t = Targets {
                        breaks: Some(BreakTarget::Switch {
                            type_switch: *type_switch,
                            clauses: clauses.len(),
                        }),
                        continues: ctxt.continues,
                        case_index: None,
                    };
                    for (i, (pos, body)) in clauses.iter().enumerate() {
                        t.case_index = Some(i);
                        let g = self.block_branches(Some(b), t, lstmt, *pos, body);
                        fwd.extend(g);
                    }
                }
                St::Select { clauses } => {
                    let t = Targets {
                        breaks: Some(BreakTarget::Select),
                        continues: ctxt.continues,
                        case_index: None,
                    };
                    for (pos, body) in clauses {
                        let g = self.block_branches(Some(b), t, lstmt, *pos, body);
                        fwd.extend(g);
                    }
                }
                _ => {}
            }
        }
        fwd
    }
}

// ---------------------------------------------------------------------------
// The parser.

/// What the recogniser found.
#[derive(Debug, Default)]
pub struct Report {
    /// Every error, lexical ones included, in the order cmd/compile reports them.
    pub errors: Vec<SyntaxError>,
    /// Whether Go would have no tree for the file (an error in the package clause).
    pub no_file: bool,
    /// The tokens Go's parser found missing at the end of the file but did not
    /// complain about (an error had been reported already): closing tokens, and a
    /// literal (`0`) where an operand is missing, which stands for Go's bad expression.
    /// Appending them and a final `;` completes the file the way Go's tree ends. None
    /// when something else is missing there.
    pub eof_completion: Option<Vec<Token>>,
    /// Where the file first uses syntax only generic code has (type parameters, `~` or
    /// `|` in an interface, instantiations such as `T[int]` in a type or `f[a, b]`),
    /// which goscope's grammar does not accept.
    pub generics: Option<u32>,
}

/// Runs cmd/compile's parser over `toks` (the lexer's tokens; `src_len` is where the
/// end of file is). `lex_errors[i]` are the lexical errors Go's scanner reports while
/// scanning token `i` (`i == toks.len()` is the end of file); `bad[i]` says whether
/// literal `i` is malformed.
pub fn check<'a>(
    name: &'a str,
    src: &'a str,
    toks: &'a [(u32, Token, u32)],
    lex_errors: &'a [Vec<SyntaxError>],
    bad: &'a [bool],
) -> Report {
    let src_len = src.len() as u32;
    let mut p = Parser {
        toks,
        lex_errors,
        bad,
        src_len,
        i: 0,
        tok: T::Eof,
        op: Op::None,
        prec: 0,
        pos: 0,
        errors: Vec::new(),
        errcnt: 0,
        fnest: 0,
        xnest: 0,
        ty_ids: 0,
        eof_wants: Vec::new(),
        eof_other: false,
        started: false,
        generics: None,
        src,
        name,
        first_var: None,
    };
    p.next();
    let file = p.file_or_nil();
    Report {
        errors: p.errors,
        no_file: !file,
        eof_completion: if p.eof_other { None } else { Some(p.eof_wants) },
        generics: p.generics,
    }
}

struct Parser<'a> {
    toks: &'a [(u32, Token, u32)],
    lex_errors: &'a [Vec<SyntaxError>],
    bad: &'a [bool],
    src_len: u32,
    /// Index of the current token; `toks.len()` is the end of file.
    i: usize,
    tok: T,
    op: Op,
    prec: u8,
    pos: u32,
    errors: Vec<SyntaxError>,
    errcnt: usize,
    fnest: i32,
    xnest: i32,
    ty_ids: usize,
    eof_wants: Vec<Token>,
    eof_other: bool,
    started: bool,
    generics: Option<u32>,
    /// The source and the file's name, for positions inside branch-check messages.
    src: &'a str,
    name: &'a str,
    /// The first variable of the `var` declaration being read.
    first_var: Option<(u32, String)>,
}

impl<'a> Parser<'a> {
    // ---- tokens ----

    fn next(&mut self) {
        if self.started {
            if self.i < self.toks.len() {
                self.i += 1;
            } else {
                // Go's scanner keeps returning EOF.
                return;
            }
        }
        self.started = true;
        if let Some(errs) = self.lex_errors.get(self.i) {
            for e in errs {
                self.error_at(e.pos, e.msg.clone());
            }
        }
        match self.toks.get(self.i) {
            Some((lo, t, _)) => {
                let (t, op, prec) = classify(t);
                self.tok = t;
                self.op = op;
                self.prec = prec;
                self.pos = *lo;
            }
            None => {
                self.tok = T::Eof;
                self.op = Op::None;
                self.prec = 0;
                self.pos = self.src_len;
            }
        }
    }

    fn token(&self) -> Option<&'a Token> {
        self.toks.get(self.i).map(|t| &t.1)
    }

    /// The token's text: a name's or literal's spelling.
    fn lit(&self) -> String {
        match self.token() {
            Some(
                Token::Ident(s)
                | Token::Int(s)
                | Token::Float(s)
                | Token::Imag(s)
                | Token::Char(s)
                | Token::Str(s),
            ) => s.clone(),
            Some(Token::Semi(SemiOrigin::Newline)) => "newline".into(),
            Some(Token::Semi(SemiOrigin::Eof)) => "EOF".into(),
            Some(Token::Semi(SemiOrigin::Explicit)) => "semicolon".into(),
            _ => String::new(),
        }
    }

    fn got(&mut self, t: T) -> bool {
        if self.tok == t {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, t: T) {
        if !self.got(t) {
            if self.tok == T::Eof && self.errcnt > 0 {
                self.note_eof_want(t);
            }
            self.syntax_error(&format!("expected {}", tokstring(t)));
            self.advance(&[]);
        }
    }

    /// Remembers what a suppressed error at the end of file was missing.
    fn note_eof_want(&mut self, t: T) {
        match t {
            T::Rbrace => self.eof_wants.push(Token::RBrace),
            T::Rparen => self.eof_wants.push(Token::RParen),
            T::Rbrack => self.eof_wants.push(Token::RBrack),
            _ => self.eof_other = true,
        }
    }

    /// `gotAssign`: `=`, or `:=` with a complaint.
    fn got_assign(&mut self) -> bool {
        match self.tok {
            T::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            T::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    // ---- errors ----

    fn error_at(&mut self, pos: u32, msg: String) {
        self.errcnt += 1;
        self.errors.push(SyntaxError { pos, msg });
    }

    fn error(&mut self, msg: &str) {
        self.error_at(self.pos, msg.to_string());
    }

    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.pos, msg);
    }

    /// `syntaxErrorAt`.
    fn syntax_error_at(&mut self, pos: u32, msg: &str) {
        if self.tok == T::Eof && self.errcnt > 0 {
            // Avoid meaningless follow-up errors. Remember whether the end lacks more
            // than closing tokens (those are noted by `want`; a statement at the end is
            // complete once its block is closed).
            match msg {
                "expected }" | "expected )" | "expected ]" | "at end of statement" => {}
                // Go's tree has a bad expression there.
                "expected expression" => self.eof_wants.push(Token::Int("0".into())),
                _ => self.eof_other = true,
            }
            return;
        }
        let rest = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = match self.tok {
            T::Name => format!("name {}", self.lit()),
            T::Semi => self.lit(),
            T::Literal => format!("literal {}", self.lit()),
            T::Operator => self.op.as_str().to_string(),
            T::AssignOp => format!("{}=", self.op.as_str()),
            T::IncOp => format!("{0}{0}", self.op.as_str()),
            t => tokstring(t).to_string(),
        };
        self.error_at(pos, format!("syntax error: unexpected {tok}{rest}"));
    }

    /// `advance`: skips to a token of `follow` (and, inside a function, of the stop
    /// set); with an empty list, skips exactly one token.
    fn advance(&mut self, follow: &[T]) {
        let stop = |p: &Self, t: T| {
            t == T::Eof
                || (!follow.is_empty()
                    && (follow.contains(&t) || (p.fnest > 0 && STOPSET.contains(&t))))
        };
        while !stop(self, self.tok) {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    /// Notes generic-only syntax at `pos`.
    fn generic_syntax(&mut self, pos: u32) {
        if self.generics.is_none_or(|p| pos < p) {
            self.generics = Some(pos);
        }
    }

    fn bad_expr(&self) -> Node {
        Node::new(self.pos, K::Bad)
    }

    fn new_ty_id(&mut self) -> usize {
        self.ty_ids += 1;
        self.ty_ids
    }

    fn field(&mut self, name: Option<Node>, ty: Option<Node>) -> Field {
        let ty_id = self.new_ty_id();
        Field { name, ty, ty_id }
    }

    // ---- files and declarations ----

    /// `fileOrNil`; false when Go returns no file.
    fn file_or_nil(&mut self) -> bool {
        if !self.got(T::Package) {
            self.syntax_error("package statement must be first");
            return false;
        }
        self.name();
        self.want(T::Semi);
        if self.errcnt > 0 {
            return false;
        }
        let mut prev = T::Import;
        // Whether the last declaration is a function without a body.
        let mut last_empty_func = false;
        while self.tok != T::Eof {
            if self.tok == T::Import && prev != T::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok;
            match self.tok {
                T::Import => {
                    self.next();
                    if self.append_group(Self::import_decl) > 0 {
                        last_empty_func = false;
                    }
                }
                T::Const => {
                    self.next();
                    if self.append_group(Self::const_decl) > 0 {
                        last_empty_func = false;
                    }
                }
                T::Type => {
                    self.next();
                    if self.append_group(Self::type_decl) > 0 {
                        last_empty_func = false;
                    }
                }
                T::Var => {
                    self.next();
                    if self.append_group(Self::var_decl) > 0 {
                        last_empty_func = false;
                    }
                }
                T::Func => {
                    self.next();
                    last_empty_func = !self.func_decl();
                }
                _ => {
                    if self.tok == T::Lbrace && last_empty_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[T::Import, T::Const, T::Type, T::Var, T::Func]);
                    continue;
                }
            }
            if self.tok != T::Eof && !self.got(T::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[T::Import, T::Const, T::Type, T::Var, T::Func]);
            }
        }
        true
    }

    /// `list`: `[ f { sep f } [sep] ] close`; returns the position of the closing
    /// token.
    fn list(
        &mut self,
        context: &str,
        sep: T,
        close: T,
        f: &mut dyn FnMut(&mut Self) -> bool,
    ) -> u32 {
        let mut done = false;
        while self.tok != T::Eof && self.tok != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok != close {
                self.syntax_error(&format!(
                    "in {context}; possibly missing {} or {}",
                    tokstring(sep),
                    tokstring(close)
                ));
                self.advance(&[T::Rparen, T::Rbrack, T::Rbrace]);
                if self.tok != close {
                    return self.pos;
                }
            }
        }
        let pos = self.pos;
        self.want(close);
        pos
    }

    /// `appendGroup`; returns how many declarations it read.
    fn append_group(&mut self, f: fn(&mut Self)) -> usize {
        if self.tok == T::Lparen {
            self.next();
            let mut n = 0;
            self.list("grouped declaration", T::Semi, T::Rparen, &mut |p| {
                f(p);
                n += 1;
                false
            });
            n
        } else {
            f(self);
            1
        }
    }

    fn import_decl(&mut self) {
        match self.tok {
            T::Name => {
                self.name();
            }
            T::Dot => self.next(),
            _ => {}
        }
        if self.tok != T::Literal {
            self.syntax_error("missing import path");
            self.advance(&[T::Semi, T::Rparen]);
            return;
        }
        let pos = self.pos;
        let bad = self.bad.get(self.i).copied().unwrap_or(false);
        let is_string = matches!(self.token(), Some(Token::Str(_)));
        self.next();
        if !bad && !is_string {
            self.syntax_error_at(pos, "import path must be a string");
        }
    }

    fn const_decl(&mut self) {
        let first = self.name();
        self.name_list(first);
        if self.tok != T::Eof && self.tok != T::Semi && self.tok != T::Rparen {
            self.type_or_nil();
            if self.got_assign() {
                self.expr_list();
            }
        }
    }

    fn type_decl(&mut self) {
        self.name();
        let ty: Option<Node>;
        if self.tok == T::Lbrack {
            let pos = self.pos;
            self.next();
            match self.tok {
                T::Name => {
                    let mut x = self.name();
                    if self.tok != T::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let (pname, ptype) = extract_name(&x, self.tok == T::Comma);
                    match pname {
                        Some(n) if ptype.is_some() || self.tok != T::Rbrack => {
                            self.generic_syntax(pos);
                            let name = Node::new(start_pos(&x), K::Name(n));
                            self.param_list(Some(name), ptype, T::Rbrack, true);
                            self.got_assign();
                            ty = self.type_or_nil();
                        }
                        _ => ty = Some(self.array_type(pos, Some(x))),
                    }
                }
                T::Rbrack => {
                    self.next();
                    ty = Some(self.slice_type(pos));
                }
                _ => ty = Some(self.array_type(pos, None)),
            }
        } else {
            self.got_assign();
            ty = self.type_or_nil();
        }
        if ty.is_none() {
            self.syntax_error("in type declaration");
            self.advance(&[T::Semi, T::Rparen]);
        }
    }

    fn var_decl(&mut self) {
        let first = self.name();
        if self.first_var.is_none()
            && let K::Name(n) = &first.k
        {
            self.first_var = Some((first.pos, n.clone()));
        }
        self.name_list(first);
        if self.got_assign() {
            self.expr_list();
        } else {
            self.type_();
            if self.got_assign() {
                self.expr_list();
            }
        }
    }

    /// `funcDeclOrNil` (after `func`); returns whether the function has a body.
    fn func_decl(&mut self) -> bool {
        let mut context = "";
        if self.got(T::Lparen) {
            context = "method";
            let rcvr = self.param_list(None, None, T::Rparen, false);
            match rcvr.len() {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
        }
        if self.tok == T::Name {
            self.name();
            self.func_type(context);
        } else {
            let msg = if context.is_empty() {
                "expected name or ("
            } else {
                "expected name"
            };
            self.syntax_error(msg);
            self.advance(&[T::Lbrace, T::Semi]);
        }
        if self.tok == T::Lbrace {
            self.func_body();
            return true;
        }
        false
    }

    /// `funcBody`; returns whether the body is non-empty. A body read without errors
    /// has its branch statements checked (`checkBranches`).
    fn func_body(&mut self) -> bool {
        self.fnest += 1;
        let errcnt = self.errcnt;
        let (pos, body) = self.block_stmt("");
        self.fnest -= 1;
        if self.errcnt == errcnt {
            self.check_branches(pos, &body);
        }
        !body.is_empty()
    }

    // ---- expressions ----

    fn expr(&mut self) -> Node {
        self.binary_expr(None, 0)
    }

    fn binary_expr(&mut self, x: Option<Node>, prec: u8) -> Node {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while (self.tok == T::Operator || self.tok == T::Star) && self.prec > prec {
            let pos = self.pos;
            let op = self.op;
            let tprec = self.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            x = Node::new(
                pos,
                K::Operation {
                    op,
                    x: Box::new(x),
                    y: Some(Box::new(y)),
                },
            );
        }
        x
    }

    fn unary_expr(&mut self) -> Node {
        match self.tok {
            T::Operator | T::Star => match self.op {
                Op::Mul | Op::Add | Op::Sub | Op::Not | Op::Xor | Op::Tilde | Op::And => {
                    let pos = self.pos;
                    let op = self.op;
                    self.next();
                    let mut x = self.unary_expr();
                    if op == Op::And {
                        x = unparen_owned(x);
                    }
                    return Node::new(
                        pos,
                        K::Operation {
                            op,
                            x: Box::new(x),
                            y: None,
                        },
                    );
                }
                _ => {}
            },
            T::Arrow => {
                let pos = self.pos;
                self.next();
                let mut x = self.unary_expr();
                if matches!(x.k, K::ChanType { .. }) {
                    // `<-chan E`: re-associate the arrow with the channel type.
                    let mut errs = Vec::new();
                    reassociate_recv(&mut x, &mut errs);
                    for e in errs {
                        self.syntax_error(&e);
                    }
                    return x;
                }
                return Node::new(
                    pos,
                    K::Operation {
                        op: Op::Recv,
                        x: Box::new(x),
                        y: None,
                    },
                );
            }
            _ => {}
        }
        self.pexpr(None, true)
    }

    /// `callStmt` (at `go` or `defer`).
    fn call_stmt(&mut self) {
        let kw = self.tok;
        self.next();
        let keep = self.tok == T::Lparen;
        let x = self.pexpr(None, keep);
        if x.is_paren() {
            self.error_at(
                x.pos,
                format!("expression in {} must not be parenthesized", kw.as_str()),
            );
        }
    }

    fn operand(&mut self, keep_parens: bool) -> Node {
        match self.tok {
            T::Name => self.name(),
            T::Literal => {
                let n = Node::new(self.pos, K::Lit(self.lit()));
                self.next();
                n
            }
            T::Lparen => {
                let pos = self.pos;
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(T::Rparen);
                if keep_parens || self.tok == T::Lbrace {
                    Node::new(pos, K::Paren(Box::new(x)))
                } else {
                    x
                }
            }
            T::Func => {
                let pos = self.pos;
                self.next();
                let ftyp = self.func_type("function type");
                if self.tok == T::Lbrace {
                    self.xnest += 1;
                    let nonempty = self.func_body();
                    self.xnest -= 1;
                    return Node::new(
                        pos,
                        K::FuncLit {
                            ty: Box::new(ftyp),
                            nonempty,
                        },
                    );
                }
                ftyp
            }
            T::Lbrack | T::Chan | T::Map | T::Struct | T::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[T::Rparen, T::Rbrack, T::Rbrace]);
                x
            }
        }
    }

    fn pexpr(&mut self, x: Option<Node>, keep_parens: bool) -> Node {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        loop {
            let pos = self.pos;
            match self.tok {
                T::Dot => {
                    self.next();
                    match self.tok {
                        T::Name => {
                            let sel = self.lit();
                            self.next();
                            x = Node::new(pos, K::Selector(Box::new(x), sel));
                        }
                        T::Lparen => {
                            self.next();
                            if self.got(T::Type) {
                                x = Node::new(
                                    pos,
                                    K::TypeSwitchGuard {
                                        lhs: None,
                                        x: Box::new(x),
                                    },
                                );
                            } else {
                                let t = self.type_();
                                x = Node::new(pos, K::Assert(Box::new(x), Box::new(t)));
                            }
                            self.want(T::Rparen);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[T::Semi, T::Rparen]);
                        }
                    }
                }
                T::Lbrack => {
                    self.next();
                    let mut i: Option<Node> = None;
                    if self.tok != T::Colon {
                        let mut comma = false;
                        if self.tok == T::Rbrack {
                            self.syntax_error("expected operand");
                            i = Some(self.bad_expr());
                        } else {
                            let (l, c) = self.type_list(false);
                            i = Some(l);
                            comma = c;
                        }
                        if comma || self.tok == T::Rbrack {
                            if comma {
                                // `x[a, b]` instantiates a generic function or type.
                                self.generic_syntax(pos);
                            }
                            self.want(T::Rbrack);
                            let idx = i.take().unwrap_or_else(|| self.bad_expr());
                            x = Node::new(pos, K::Index(Box::new(x), Box::new(idx)));
                            continue;
                        }
                    }
                    if !self.got(T::Colon) {
                        self.syntax_error("expected comma, : or ]");
                        self.advance(&[T::Comma, T::Colon, T::Rbrack]);
                    }
                    self.xnest += 1;
                    let mut idx: [Option<Box<Node>>; 3] = [i.map(Box::new), None, None];
                    if self.tok != T::Colon && self.tok != T::Rbrack {
                        idx[1] = Some(Box::new(self.expr()));
                    }
                    if self.tok == T::Colon {
                        if idx[1].is_none() {
                            self.error("middle index required in 3-index slice");
                            idx[1] = Some(Box::new(self.bad_expr()));
                        }
                        self.next();
                        if self.tok != T::Rbrack {
                            idx[2] = Some(Box::new(self.expr()));
                        } else {
                            self.error("final index required in 3-index slice");
                            idx[2] = Some(Box::new(self.bad_expr()));
                        }
                    }
                    self.xnest -= 1;
                    self.want(T::Rbrack);
                    x = Node::new(
                        pos,
                        K::Slice {
                            x: Box::new(x),
                            idx,
                        },
                    );
                }
                T::Lparen => {
                    self.next();
                    let (args, dots) = self.arg_list();
                    x = Node::new(
                        pos,
                        K::Call {
                            fun: Box::new(x),
                            args,
                            dots,
                        },
                    );
                }
                T::Lbrace => {
                    let t = unparen(&x);
                    let complit_ok = match &t.k {
                        K::Name(_) | K::Selector(..) => self.xnest >= 0,
                        K::Index(..) => self.xnest >= 0 && !is_value(t),
                        K::ArrayType { .. }
                        | K::SliceType(_)
                        | K::StructType(_)
                        | K::MapType(..) => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(t.k, K::Index(..)) {
                        // `T[int]{…}`: a literal of an instantiated generic type.
                        self.generic_syntax(t.pos);
                    }
                    if x.is_paren() {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    let (cpos, nelems) = self.complitexpr();
                    x = Node::new(
                        cpos,
                        K::CompositeLit {
                            ty: Some(Box::new(x)),
                            nelems,
                        },
                    );
                }
                _ => break,
            }
        }
        x
    }

    /// `bare_complitexpr`.
    fn bare_complitexpr(&mut self) -> Node {
        if self.tok == T::Lbrace {
            let (pos, nelems) = self.complitexpr();
            return Node::new(pos, K::CompositeLit { ty: None, nelems });
        }
        self.expr()
    }

    /// `complitexpr`: the position of `{` and the number of elements.
    fn complitexpr(&mut self) -> (u32, usize) {
        let pos = self.pos;
        self.xnest += 1;
        self.want(T::Lbrace);
        let mut n = 0;
        self.list("composite literal", T::Comma, T::Rbrace, &mut |p| {
            p.bare_complitexpr();
            if p.tok == T::Colon {
                p.next();
                p.bare_complitexpr();
            }
            n += 1;
            false
        });
        self.xnest -= 1;
        (pos, n)
    }

    // ---- types ----

    fn type_(&mut self) -> Node {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[T::Comma, T::Colon, T::Semi, T::Rparen, T::Rbrack, T::Rbrace]);
                t
            }
        }
    }

    fn type_or_nil(&mut self) -> Option<Node> {
        let pos = self.pos;
        Some(match self.tok {
            T::Star => {
                self.next();
                let t = self.type_();
                Node::new(
                    pos,
                    K::Operation {
                        op: Op::Mul,
                        x: Box::new(t),
                        y: None,
                    },
                )
            }
            T::Arrow => {
                self.next();
                self.want(T::Chan);
                let elem = self.chan_elem();
                Node::new(
                    pos,
                    K::ChanType {
                        dir: Dir::Recv,
                        elem: Box::new(elem),
                    },
                )
            }
            T::Func => {
                self.next();
                self.func_type("function type")
            }
            T::Lbrack => {
                self.next();
                if self.got(T::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                self.array_type(pos, None)
            }
            T::Chan => {
                self.next();
                let dir = if self.got(T::Arrow) {
                    Dir::Send
                } else {
                    Dir::Both
                };
                let elem = self.chan_elem();
                Node::new(
                    pos,
                    K::ChanType {
                        dir,
                        elem: Box::new(elem),
                    },
                )
            }
            T::Map => {
                self.next();
                self.want(T::Lbrack);
                let k = self.type_();
                self.want(T::Rbrack);
                let v = self.type_();
                Node::new(pos, K::MapType(Box::new(k), Box::new(v)))
            }
            T::Struct => self.struct_type(),
            T::Interface => self.interface_type(),
            T::Name => self.qualified_name(None),
            T::Lparen => {
                self.next();
                let t = self.type_();
                self.want(T::Rparen);
                t
            }
            _ => return None,
        })
    }

    fn type_instance(&mut self, typ: Node) -> Node {
        let pos = self.pos;
        self.generic_syntax(pos);
        self.want(T::Lbrack);
        let index = if self.tok == T::Rbrack {
            self.syntax_error("expected type argument list");
            self.bad_expr()
        } else {
            self.type_list(true).0
        };
        self.want(T::Rbrack);
        Node::new(pos, K::Index(Box::new(typ), Box::new(index)))
    }

    /// `funcType`: the signature after `func` (and the name); type parameters are
    /// accepted, with a complaint when `context` is not empty.
    fn func_type(&mut self, context: &str) -> Node {
        let pos = self.pos;
        if self.got(T::Lbrack) {
            self.generic_syntax(pos);
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{context} must have no type parameters"));
            }
            if self.tok == T::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                self.param_list(None, None, T::Rbrack, true);
            }
        }
        self.want(T::Lparen);
        let params = self.param_list(None, None, T::Rparen, false);
        let results = self.func_result();
        Node::new(pos, K::FuncType { params, results })
    }

    /// `arrayType`: after `[`, with the length if already read.
    fn array_type(&mut self, pos: u32, len: Option<Node>) -> Node {
        let len = match len {
            Some(l) => Some(l),
            None => {
                if self.got(T::DotDotDot) {
                    None
                } else {
                    self.xnest += 1;
                    let l = self.expr();
                    self.xnest -= 1;
                    Some(l)
                }
            }
        };
        if self.tok == T::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(T::Rbrack);
        let elem = self.type_();
        Node::new(
            pos,
            K::ArrayType {
                len: len.map(Box::new),
                elem: Box::new(elem),
            },
        )
    }

    fn slice_type(&mut self, pos: u32) -> Node {
        let elem = self.type_();
        Node::new(pos, K::SliceType(Box::new(elem)))
    }

    fn chan_elem(&mut self) -> Node {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("missing channel element type");
                t
            }
        }
    }

    fn struct_type(&mut self) -> Node {
        let pos = self.pos;
        self.want(T::Struct);
        self.want(T::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", T::Semi, T::Rbrace, &mut |p| {
            p.field_decl(&mut fields);
            false
        });
        Node::new(pos, K::StructType(fields))
    }

    fn interface_type(&mut self) -> Node {
        let pos = self.pos;
        self.want(T::Interface);
        self.want(T::Lbrace);
        let mut methods = Vec::new();
        self.list("interface type", T::Semi, T::Rbrace, &mut |p| {
            let mut f = None;
            if p.tok == T::Name {
                f = Some(p.method_decl());
            }
            let f = match f {
                Some(f) if f.name.is_some() => f,
                other => p.embedded_elem(other),
            };
            methods.push(f);
            false
        });
        Node::new(pos, K::InterfaceType(methods))
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(T::Lparen) {
            return self.param_list(None, None, T::Rparen, false);
        }
        match self.type_or_nil() {
            Some(t) => vec![self.field(None, Some(t))],
            None => Vec::new(),
        }
    }

    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        match self.tok {
            T::Name => {
                let name = self.name();
                if matches!(self.tok, T::Dot | T::Literal | T::Semi | T::Rbrace) {
                    let typ = self.qualified_name(Some(name));
                    self.oliteral();
                    let f = self.field(None, Some(typ));
                    fields.push(f);
                    return;
                }
                let names = self.name_list(name);
                let typ = if names.len() == 1 && self.tok == T::Lbrack {
                    let t = self.array_or_targs();
                    if let K::Index(_, idx) = t.k {
                        self.generic_syntax(t.pos);
                        let typ = Node::new(t.pos, K::Index(Box::new(names[0].clone()), idx));
                        self.oliteral();
                        let f = self.field(None, Some(typ));
                        fields.push(f);
                        return;
                    }
                    t
                } else {
                    self.type_()
                };
                self.oliteral();
                let ty_id = self.new_ty_id();
                for n in names {
                    fields.push(Field {
                        name: Some(n),
                        ty: Some(typ.clone()),
                        ty_id,
                    });
                }
            }
            T::Star => {
                let pos = self.pos;
                self.next();
                let typ = if self.tok == T::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(T::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                self.oliteral();
                let t = Node::new(
                    pos,
                    K::Operation {
                        op: Op::Mul,
                        x: Box::new(typ),
                        y: None,
                    },
                );
                let f = self.field(None, Some(t));
                fields.push(f);
            }
            T::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok == T::Star {
                    let pos = self.pos;
                    self.next();
                    let t = self.qualified_name(None);
                    Node::new(
                        pos,
                        K::Operation {
                            op: Op::Mul,
                            x: Box::new(t),
                            y: None,
                        },
                    )
                } else {
                    self.qualified_name(None)
                };
                self.got(T::Rparen);
                self.oliteral();
                let f = self.field(None, Some(typ));
                fields.push(f);
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[T::Semi, T::Rbrace]);
            }
        }
    }

    /// `arrayOrTArgs`: an array or slice type, or (as an `Index` whose operand is a
    /// placeholder) type arguments.
    fn array_or_targs(&mut self) -> Node {
        let pos = self.pos;
        self.want(T::Lbrack);
        if self.got(T::Rbrack) {
            return self.slice_type(pos);
        }
        let (n, comma) = self.type_list(false);
        self.want(T::Rbrack);
        if !comma && let Some(elem) = self.type_or_nil() {
            return Node::new(
                pos,
                K::ArrayType {
                    len: Some(Box::new(n)),
                    elem: Box::new(elem),
                },
            );
        }
        Node::new(pos, K::Index(Box::new(Node::new(pos, K::Bad)), Box::new(n)))
    }

    fn oliteral(&mut self) -> Option<Node> {
        if self.tok == T::Literal {
            let n = Node::new(self.pos, K::Lit(self.lit()));
            self.next();
            return Some(n);
        }
        None
    }

    fn method_decl(&mut self) -> Field {
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.tok {
            T::Lparen => {
                let t = self.func_type(CONTEXT);
                self.field(Some(name), Some(t))
            }
            T::Lbrack => {
                let pos = self.pos;
                self.next();
                if self.tok == T::Rbrack {
                    let pos = self.pos;
                    self.next();
                    if self.tok == T::Lparen {
                        self.error_at(pos, "empty type parameter list".into());
                        let t = self.func_type(CONTEXT);
                        return self.field(Some(name), Some(t));
                    }
                    self.error_at(pos, "empty type argument list".into());
                    return self.field(None, Some(name));
                }
                let list = self.param_list(None, None, T::Rbrack, false);
                if list.is_empty() {
                    if self.tok == T::Lparen {
                        let t = self.func_type(CONTEXT);
                        return self.field(Some(name), Some(t));
                    }
                    return self.field(None, Some(name));
                }
                if list[0].name.is_some() {
                    let t = self.func_type(CONTEXT);
                    self.error_at(pos, "interface method must have no type parameters".into());
                    return self.field(Some(name), Some(t));
                }
                let index = if list.len() == 1 {
                    list.into_iter()
                        .next()
                        .and_then(|f| f.ty)
                        .unwrap_or_else(|| Node::new(pos, K::Bad))
                } else {
                    let lpos = list[0].ty.as_ref().map_or(pos, |t| t.pos);
                    Node::new(
                        lpos,
                        K::List(list.into_iter().filter_map(|f| f.ty).collect()),
                    )
                };
                self.generic_syntax(pos);
                let t = Node::new(pos, K::Index(Box::new(name), Box::new(index)));
                self.field(None, Some(t))
            }
            _ => {
                let t = self.qualified_name(Some(name));
                self.field(None, Some(t))
            }
        }
    }

    fn embedded_elem(&mut self, f: Option<Field>) -> Field {
        let mut f = match f {
            Some(f) => f,
            None => {
                let t = self.embedded_term();
                self.field(None, Some(t))
            }
        };
        while self.tok == T::Operator && self.op == Op::Or {
            let pos = self.pos;
            self.generic_syntax(pos);
            self.next();
            let y = self.embedded_term();
            let x = f.ty.take().unwrap_or_else(|| Node::new(pos, K::Bad));
            f.ty = Some(Node::new(
                pos,
                K::Operation {
                    op: Op::Or,
                    x: Box::new(x),
                    y: Some(Box::new(y)),
                },
            ));
        }
        f
    }

    fn embedded_term(&mut self) -> Node {
        if self.tok == T::Operator && self.op == Op::Tilde {
            let pos = self.pos;
            self.generic_syntax(pos);
            self.next();
            let t = self.type_();
            return Node::new(
                pos,
                K::Operation {
                    op: Op::Tilde,
                    x: Box::new(t),
                    y: None,
                },
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(&[T::Operator, T::Semi, T::Rparen, T::Rbrack, T::Rbrace]);
                t
            }
        }
    }

    /// `paramDeclOrNil`.
    fn param_decl_or_nil(&mut self, name: Option<Node>, follow: T) -> Option<Field> {
        let type_sets_ok = follow == T::Rbrack;
        if name.is_none() && type_sets_ok && self.tok == T::Operator && self.op == Op::Tilde {
            return Some(self.embedded_elem(None));
        }
        let mut f = self.field(None, None);
        if self.tok == T::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok == T::Lbrack {
                let t = self.array_or_targs();
                if let K::Index(_, idx) = t.k {
                    self.generic_syntax(t.pos);
                    f.ty = Some(Node::new(t.pos, K::Index(Box::new(name), idx)));
                } else {
                    f.ty = Some(t);
                    f.name = Some(name);
                }
                if type_sets_ok && self.tok == T::Operator && self.op == Op::Or {
                    f = self.embedded_elem(Some(f));
                }
                return Some(f);
            }
            if self.tok == T::Dot {
                f.ty = Some(self.qualified_name(Some(name)));
                if type_sets_ok && self.tok == T::Operator && self.op == Op::Or {
                    f = self.embedded_elem(Some(f));
                }
                return Some(f);
            }
            if type_sets_ok && self.tok == T::Operator && self.op == Op::Or {
                f.ty = Some(name);
                return Some(self.embedded_elem(Some(f)));
            }
            f.name = Some(name);
        }
        if self.tok == T::DotDotDot {
            let pos = self.pos;
            self.next();
            let elem = match self.type_or_nil() {
                Some(t) => t,
                None => {
                    let t = self.bad_expr();
                    self.syntax_error("... is missing type");
                    t
                }
            };
            f.ty = Some(Node::new(pos, K::DotsType(Box::new(elem))));
            return Some(f);
        }
        if type_sets_ok && self.tok == T::Operator && self.op == Op::Tilde {
            f.ty = self.embedded_elem(None).ty;
            return Some(f);
        }
        f.ty = self.type_or_nil();
        if type_sets_ok && self.tok == T::Operator && self.op == Op::Or && f.ty.is_some() {
            f = self.embedded_elem(Some(f));
        }
        if f.name.is_some() || f.ty.is_some() {
            return Some(f);
        }
        self.syntax_error(&format!("expected {}", tokstring(follow)));
        self.advance(&[T::Comma, follow]);
        None
    }

    /// `paramList`, after the opening `(` or `[`.
    fn param_list(
        &mut self,
        name: Option<Node>,
        typ: Option<Node>,
        close: T,
        require_names: bool,
    ) -> Vec<Field> {
        if let (Some(n), Some(t)) = (&name, &typ)
            && self.tok == close
        {
            self.next();
            return vec![self.field(Some(n.clone()), Some(t.clone()))];
        }
        let mut name = name;
        let mut typ = typ;
        let mut named = 0;
        let mut typed = 0;
        let mut list: Vec<Field> = Vec::new();
        let end = self.list("parameter list", T::Comma, close, &mut |p| {
            let par = if typ.is_some() {
                let (n, t) = (name.take(), typ.take());
                Some(p.field(n, t))
            } else {
                let n = name.take();
                p.param_decl_or_nil(n, close)
            };
            name = None;
            typ = None;
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return list;
        }
        if named == 0 && !require_names {
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.ty = Some(n);
                }
            }
        } else if named != list.len() {
            let mut err_pos: Option<u32> = None;
            let mut cur: Option<(Node, usize)> = None;
            for par in list.iter_mut().rev() {
                if let Some(t) = &par.ty {
                    cur = Some((t.clone(), par.ty_id));
                    if par.name.is_none() {
                        let pos = start_pos(t);
                        err_pos = Some(pos);
                        par.name = Some(Node::new(pos, K::Name("_".into())));
                    }
                } else if let Some((t, id)) = &cur {
                    par.ty = Some(t.clone());
                    par.ty_id = *id;
                } else {
                    let pos = par.name.as_ref().map_or(0, |n| n.pos);
                    err_pos = Some(pos);
                    par.ty = Some(Node::new(pos, K::Bad));
                }
            }
            if let Some(mut pos) = err_pos {
                let msg;
                if require_names {
                    if named == typed {
                        pos = end;
                        msg = "missing type constraint".to_string();
                    } else {
                        let mut m = "missing type parameter name".to_string();
                        if list.len() == 1 {
                            m.push_str(" or invalid array length");
                        }
                        msg = m;
                    }
                } else {
                    msg = "mixed named and unnamed parameters".to_string();
                }
                self.syntax_error_at(pos, &msg);
            }
        }
        list
    }

    // ---- statements ----

    /// `simpleStmt`; `keyword` is the header keyword (`for` allows a range clause).
    fn simple_stmt(&mut self, lhs: Option<Node>, keyword: T) -> Simple {
        if keyword == T::For && self.tok == T::Range {
            self.range_clause();
            return Simple::Range;
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if !matches!(lhs.k, K::List(_)) && self.tok != T::Assign && self.tok != T::Define {
            let pos = self.pos;
            match self.tok {
                T::AssignOp => {
                    let op = self.op;
                    self.next();
                    let rhs = self.expr();
                    return Simple::Assign {
                        pos,
                        op,
                        lhs,
                        rhs: Some(rhs),
                    };
                }
                T::IncOp => {
                    let op = self.op;
                    self.next();
                    return Simple::Assign {
                        pos,
                        op,
                        lhs,
                        rhs: None,
                    };
                }
                T::Arrow => {
                    self.next();
                    let value = self.expr();
                    return Simple::Send {
                        pos,
                        ch: lhs,
                        value,
                    };
                }
                _ => return Simple::Expr(lhs),
            }
        }
        match self.tok {
            T::Assign | T::Define => {
                let pos = self.pos;
                let op = if self.tok == T::Define {
                    Op::Def
                } else {
                    Op::None
                };
                self.next();
                if keyword == T::For && self.tok == T::Range {
                    self.range_clause();
                    return Simple::Range;
                }
                let mut rhs = self.expr_list();
                if keyword == T::Switch
                    && op == Op::Def
                    && let (K::TypeSwitchGuard { lhs: l, .. }, K::Name(n)) = (&mut rhs.k, &lhs.k)
                {
                    *l = Some(n.clone());
                    return Simple::Expr(rhs);
                }
                Simple::Assign {
                    pos,
                    op,
                    lhs,
                    rhs: Some(rhs),
                }
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[T::Semi, T::Rbrace]);
                let x = match lhs.k {
                    K::List(mut l) if !l.is_empty() => l.swap_remove(0),
                    k => Node::new(lhs.pos, k),
                };
                Simple::Expr(x)
            }
        }
    }

    fn range_clause(&mut self) {
        self.next();
        self.expr();
    }

    /// `labeledStmtOrNil` (at the `:`), for the label `name` at `name_pos`.
    fn labeled_stmt_or_nil(&mut self, name: String, name_pos: u32) -> Option<St> {
        let pos = self.pos;
        self.want(T::Colon);
        let labeled = |stmt: St| St::Labeled {
            name,
            pos: name_pos,
            stmt: Box::new(stmt),
        };
        if self.tok == T::Rbrace {
            return Some(labeled(St::Empty));
        }
        if let Some(s) = self.stmt_or_nil() {
            return Some(labeled(s));
        }
        self.syntax_error_at(pos, "missing statement after label");
        None
    }

    /// `blockStmt`: the block's position and statements.
    fn block_stmt(&mut self, context: &str) -> (u32, Vec<St>) {
        let pos = self.pos;
        if !self.got(T::Lbrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[T::Name, T::Rbrace]);
            if self.got(T::Rbrace) {
                return (pos, Vec::new());
            }
        }
        let list = self.stmt_list();
        self.want(T::Rbrace);
        (pos, list)
    }

    /// `declStmt`; a `var` declaration is remembered by its first variable.
    fn decl_stmt(&mut self, f: fn(&mut Self)) -> St {
        self.next();
        self.first_var = None;
        self.append_group(f);
        match self.first_var.take() {
            Some((pos, name)) => St::VarDecl { pos, name },
            None => St::Other,
        }
    }

    fn for_stmt(&mut self) -> St {
        self.header(T::For);
        let (pos, body) = self.block_stmt("for clause");
        St::For { pos, body }
    }

    /// `header`: what follows `for`, `if` or `switch` up to the block. Returns whether
    /// the condition is a type switch guard (`x.(type)`).
    fn header(&mut self, keyword: T) -> bool {
        self.want(keyword);
        if self.tok == T::Lbrace {
            if keyword == T::If {
                self.syntax_error("missing condition in if statement");
            }
            return false;
        }
        let outer = self.xnest;
        self.xnest = -1;

        let mut init: Option<Simple> = None;
        if self.tok != T::Semi {
            if self.got(T::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    tokstring(keyword)
                ));
            }
            let s = self.simple_stmt(None, keyword);
            if matches!(s, Simple::Range) {
                self.xnest = outer;
                return false;
            }
            init = Some(s);
        }

        let mut cond_stmt: Option<Simple> = None;
        let mut semi: Option<(u32, String)> = None;
        'done: {
            if self.tok != T::Lbrace {
                if self.tok == T::Semi {
                    semi = Some((self.pos, self.lit()));
                    self.next();
                } else {
                    self.want(T::Lbrace);
                    if self.tok != T::Lbrace {
                        self.advance(&[T::Lbrace, T::Rbrace]);
                    }
                }
                if keyword == T::For {
                    if self.tok != T::Semi {
                        if self.tok == T::Lbrace {
                            self.syntax_error("expected for loop condition");
                            break 'done;
                        }
                        cond_stmt = Some(self.simple_stmt(None, T::Eof));
                    }
                    self.want(T::Semi);
                    if self.tok != T::Lbrace {
                        let post = self.simple_stmt(None, T::Eof);
                        if let Simple::Assign {
                            pos, op: Op::Def, ..
                        } = post
                        {
                            self.syntax_error_at(
                                pos,
                                "cannot declare in post statement of for loop",
                            );
                        }
                    }
                } else if self.tok != T::Lbrace {
                    cond_stmt = Some(self.simple_stmt(None, keyword));
                }
            } else {
                cond_stmt = init.take();
            }
        }

        let guard = matches!(
            &cond_stmt,
            Some(Simple::Expr(Node {
                k: K::TypeSwitchGuard { .. },
                ..
            }))
        );
        match cond_stmt {
            None => {
                if keyword == T::If
                    && let Some((pos, lit)) = semi
                {
                    if lit != "semicolon" {
                        self.syntax_error_at(
                            pos,
                            &format!("unexpected {lit}, expected {{ after if clause"),
                        );
                    } else {
                        self.syntax_error_at(pos, "missing condition in if statement");
                    }
                }
            }
            Some(Simple::Expr(_)) => {}
            Some(s) => {
                let str = match &s {
                    Simple::Assign {
                        op: Op::None,
                        lhs,
                        rhs: Some(rhs),
                        ..
                    } => format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
                    s => simple_string(s),
                };
                self.syntax_error_at(s.pos(), &format!("cannot use {str} as value"));
            }
        }
        self.xnest = outer;
        guard
    }

    fn if_stmt(&mut self) -> St {
        let pos = self.pos;
        self.header(T::If);
        let (then_pos, then) = self.block_stmt("if clause");
        let mut els = None;
        if self.got(T::Else) {
            match self.tok {
                T::If => els = Some(Box::new(self.if_stmt())),
                T::Lbrace => {
                    let (pos, list) = self.block_stmt("");
                    els = Some(Box::new(St::Block { pos, list }));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[T::Name, T::Rbrace]);
                }
            }
        }
        St::If {
            pos,
            then_pos,
            then,
            els,
        }
    }

    fn switch_stmt(&mut self) -> St {
        let type_switch = self.header(T::Switch);
        if !self.got(T::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[T::Case, T::Default, T::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok != T::Eof && self.tok != T::Rbrace {
            clauses.push(self.case_clause(false));
        }
        self.want(T::Rbrace);
        St::Switch {
            type_switch,
            clauses,
        }
    }

    fn select_stmt(&mut self) -> St {
        self.want(T::Select);
        if !self.got(T::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[T::Case, T::Default, T::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok != T::Eof && self.tok != T::Rbrace {
            clauses.push(self.case_clause(true));
        }
        self.want(T::Rbrace);
        St::Select { clauses }
    }

    /// `caseClause` and `commClause`: the clause's position and body.
    fn case_clause(&mut self, comm: bool) -> (u32, Vec<St>) {
        let pos = self.pos;
        match self.tok {
            T::Case => {
                self.next();
                if comm {
                    self.simple_stmt(None, T::Eof);
                } else {
                    self.expr_list();
                }
            }
            T::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[T::Colon, T::Case, T::Default, T::Rbrace]);
            }
        }
        self.want(T::Colon);
        (pos, self.stmt_list())
    }

    /// A simple statement's skeleton: short variable declarations matter to the branch
    /// checks.
    fn simple(&mut self, lhs: Option<Node>) -> St {
        match self.simple_stmt(lhs, T::Eof) {
            Simple::Assign {
                pos,
                op: Op::Def,
                lhs,
                ..
            } => St::Define {
                pos,
                lhs: string(&lhs),
            },
            _ => St::Other,
        }
    }

    /// `stmtOrNil`.
    fn stmt_or_nil(&mut self) -> Option<St> {
        if self.tok == T::Name {
            let lhs = self.expr_list();
            if let K::Name(n) = &lhs.k
                && self.tok == T::Colon
            {
                let n = n.clone();
                return self.labeled_stmt_or_nil(n, lhs.pos);
            }
            return Some(self.simple(Some(lhs)));
        }
        match self.tok {
            T::Var => return Some(self.decl_stmt(Self::var_decl)),
            T::Const => return Some(self.decl_stmt(Self::const_decl)),
            T::Type => return Some(self.decl_stmt(Self::type_decl)),
            _ => {}
        }
        let pos = self.pos;
        Some(match self.tok {
            T::Lbrace => {
                let (pos, list) = self.block_stmt("");
                St::Block { pos, list }
            }
            T::Operator | T::Star => match self.op {
                Op::Add | Op::Sub | Op::Mul | Op::And | Op::Xor | Op::Not => self.simple(None),
                _ => return None,
            },
            T::Literal
            | T::Func
            | T::Lparen
            | T::Lbrack
            | T::Struct
            | T::Map
            | T::Chan
            | T::Interface
            | T::Arrow => self.simple(None),
            T::For => self.for_stmt(),
            T::Switch => self.switch_stmt(),
            T::Select => self.select_stmt(),
            T::If => self.if_stmt(),
            T::Fallthrough => {
                self.next();
                St::Branch {
                    tok: T::Fallthrough,
                    pos,
                    label: None,
                }
            }
            T::Break | T::Continue => {
                let tok = self.tok;
                self.next();
                let mut label = None;
                if self.tok == T::Name {
                    let n = self.name();
                    if let K::Name(s) = n.k {
                        label = Some((s, n.pos));
                    }
                }
                St::Branch { tok, pos, label }
            }
            T::Go | T::Defer => {
                self.call_stmt();
                St::Other
            }
            T::Goto => {
                self.next();
                let n = self.name();
                let label = match n.k {
                    K::Name(s) => Some((s, n.pos)),
                    _ => None,
                };
                St::Branch {
                    tok: T::Goto,
                    pos,
                    label,
                }
            }
            T::Return => {
                self.next();
                if self.tok != T::Semi && self.tok != T::Rbrace {
                    self.expr_list();
                }
                St::Other
            }
            T::Semi => St::Empty,
            _ => return None,
        })
    }

    /// `stmtList`.
    fn stmt_list(&mut self) -> Vec<St> {
        let mut list = Vec::new();
        while !matches!(self.tok, T::Eof | T::Rbrace | T::Case | T::Default) {
            let Some(s) = self.stmt_or_nil() else {
                break;
            };
            list.push(s);
            if !self.got(T::Semi) && self.tok != T::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[T::Semi, T::Rbrace, T::Case, T::Default]);
                self.got(T::Semi);
            }
        }
        list
    }

    // ---- branch checks (syntax/branches.go) ----

    /// `file:line:col` of `pos`, as Go's `Pos.String` prints it in messages.
    fn pos_string(&self, pos: u32) -> String {
        let before = self.src.get(..pos as usize).unwrap_or(self.src);
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        format!("{}:{line}:{col}", self.name)
    }

    /// `checkBranches` for a function body starting at `pos`. As in Go, which hands
    /// these errors straight to the error handler, they count neither as the parser's
    /// errors nor for the end-of-file rule.
    fn check_branches(&mut self, pos: u32, body: &[St]) {
        let mut ls = LabelScope::default();
        let fwd = ls.block_branches(None, Targets::default(), None, pos, body);
        for g in fwd {
            match ls.find(&g.name) {
                Some(l) => {
                    ls.labels[l].used = true;
                    let start = ls.blocks[ls.labels[l].parent].start;
                    ls.errs.push((g.pos, Msg::JumpsIntoBlock(g.name, start)));
                }
                None => ls
                    .errs
                    .push((g.pos, Msg::Plain(format!("label {} not defined", g.name)))),
            }
        }
        let unused: Vec<(u32, Msg)> = ls
            .labels
            .iter()
            .filter(|l| !l.used)
            .map(|l| {
                (
                    l.pos,
                    Msg::Plain(format!("label {} defined and not used", l.name)),
                )
            })
            .collect();
        ls.errs.extend(unused);
        for (pos, m) in ls.errs {
            let msg = match m {
                Msg::Plain(s) => s,
                Msg::JumpsIntoBlock(name, start) => format!(
                    "goto {name} jumps into block starting at {}",
                    self.pos_string(start)
                ),
                Msg::AlreadyDefined(name, alt) => {
                    format!("label {name} already defined at {}", self.pos_string(alt))
                }
                Msg::JumpsOver(name, var, at) => format!(
                    "goto {name} jumps over declaration of {var} at {}",
                    self.pos_string(at)
                ),
            };
            self.errors.push(SyntaxError { pos, msg });
        }
    }

    fn arg_list(&mut self) -> (Vec<Node>, bool) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut has_dots = false;
        self.list("argument list", T::Comma, T::Rparen, &mut |p| {
            list.push(p.expr());
            has_dots = p.got(T::DotDotDot);
            has_dots
        });
        self.xnest -= 1;
        (list, has_dots)
    }

    // ---- common productions ----

    fn name(&mut self) -> Node {
        if self.tok == T::Name {
            let n = Node::new(self.pos, K::Name(self.lit()));
            self.next();
            return n;
        }
        let n = Node::new(self.pos, K::Name("_".into()));
        self.syntax_error("expected name");
        self.advance(&[]);
        n
    }

    fn name_list(&mut self, first: Node) -> Vec<Node> {
        let mut l = vec![first];
        while self.got(T::Comma) {
            l.push(self.name());
        }
        l
    }

    fn qualified_name(&mut self, name: Option<Node>) -> Node {
        let mut x = match name {
            Some(n) => n,
            None if self.tok == T::Name => self.name(),
            None => {
                let n = Node::new(self.pos, K::Name("_".into()));
                self.syntax_error("expected name");
                self.advance(&[T::Dot, T::Semi, T::Rbrace]);
                n
            }
        };
        if self.tok == T::Dot {
            let pos = self.pos;
            self.next();
            let sel = self.name();
            let sel = match sel.k {
                K::Name(s) => s,
                _ => String::new(),
            };
            x = Node::new(pos, K::Selector(Box::new(x), sel));
        }
        if self.tok == T::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    fn expr_list(&mut self) -> Node {
        let x = self.expr();
        if self.got(T::Comma) {
            let pos = x.pos;
            let mut list = vec![x, self.expr()];
            while self.got(T::Comma) {
                list.push(self.expr());
            }
            return Node::new(pos, K::List(list));
        }
        x
    }

    /// `typeList`: the node and whether there was a comma.
    fn type_list(&mut self, strict: bool) -> (Node, bool) {
        self.xnest += 1;
        let mut x = if strict { self.type_() } else { self.expr() };
        let mut comma = false;
        if self.got(T::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                let pos = x.pos;
                let mut list = vec![x, t];
                while self.got(T::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
                x = Node::new(pos, K::List(list));
            }
        }
        self.xnest -= 1;
        (x, comma)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::Lexer;

    /// The errors of `src`, as `line:col: msg`, in the order reported.
    fn errors(src: &str) -> Vec<String> {
        let mut toks = Vec::new();
        let mut lex: Vec<Vec<SyntaxError>> = vec![Vec::new()];
        for item in Lexer::new(src) {
            match item {
                Ok(t) => {
                    toks.push(t);
                    lex.push(Vec::new());
                }
                Err(e) => lex[toks.len()].push(SyntaxError {
                    pos: e.pos,
                    msg: e.msg,
                }),
            }
        }
        let bad = vec![false; toks.len()];
        let r = check("x.go", src, &toks, &lex, &bad);
        // As cmd/compile's error reporting: one syntax error per line.
        let f = crate::source::SourceFile::new("x.go", "/x.go", src);
        let mut last_line = 0;
        let mut out = Vec::new();
        for e in &r.errors {
            let (l, c) = f.line_col(e.pos);
            if e.msg.starts_with("syntax error") {
                if l == last_line {
                    continue;
                }
                last_line = l;
            }
            out.push(format!("{l}:{c}: {}", e.msg));
        }
        out
    }

    #[test]
    fn recovers_as_go_does() {
        // `want` skips one token, then the statement list resynchronises at `;`.
        assert_eq!(
            errors("package p\nfunc f() {\n\ta := (1\n\tb := 2\n}\n"),
            [
                "3:9: syntax error: unexpected newline, expected )",
                "4:2: syntax error: unexpected name b at end of statement",
            ]
        );
        // A missing name skips to the body; the body is parsed.
        assert_eq!(
            errors("package p\nfunc () {\n\tx := [\n}\n"),
            [
                "2:9: method has no receiver",
                "2:9: syntax error: unexpected {, expected name",
                "4:1: syntax error: unexpected }, expected expression",
            ]
        );
        // Nothing is reported at the end of the file after an error.
        assert_eq!(
            errors("package p\nfunc f() {\n\tx := 1 +\n"),
            ["4:1: syntax error: unexpected EOF, expected expression"]
        );
        assert_eq!(
            errors("package p\nfunc f() {\n\ts := `abc\n"),
            ["3:7: string not terminated"]
        );
        // Inside a function, statement keywords stop the skipping.
        assert_eq!(
            errors("package p\nfunc f() {\n\tx := 1 2 3; if x {\n\t}\n\ty :=\n}\n"),
            [
                "3:9: syntax error: unexpected literal 2 at end of statement",
                "6:1: syntax error: unexpected }, expected expression",
            ]
        );
    }

    #[test]
    fn quotes_source_in_header_errors() {
        assert_eq!(
            errors("package p\nfunc f() {\n\tif a, b = f(), x+1 {\n\t}\n}\n"),
            ["3:10: syntax error: cannot use assignment a, b = f(), x + 1 as value"]
        );
        assert_eq!(
            errors("package p\nfunc f() {\n\tif x = y + 1 {\n\t}\n}\n"),
            ["3:7: syntax error: cannot use assignment x = (y + 1) as value"]
        );
        assert_eq!(
            errors("package p\nfunc f() {\n\tfor i++ {\n\t}\n}\n"),
            ["3:7: syntax error: cannot use i++ as value"]
        );
    }

    /// Go's own sources, generics and all, are valid: the recogniser must accept every
    /// file of the standard library (but test data). Skips when they are not installed.
    #[test]
    fn accepts_the_go_standard_library() {
        let root = std::path::Path::new("/usr/lib/go-1.23/src");
        if !root.exists() {
            eprintln!("skipped: no Go sources at {}", root.display());
            return;
        }
        let mut stack = vec![root.to_path_buf()];
        let (mut n, mut failed) = (0, Vec::new());
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    if p.file_name().is_some_and(|n| n != "testdata") {
                        stack.push(p);
                    }
                } else if p.extension().is_some_and(|e| e == "go") {
                    let Ok(src) = std::fs::read_to_string(&p) else {
                        continue;
                    };
                    n += 1;
                    let errs = errors(&src);
                    if !errs.is_empty() {
                        failed.push(format!("{}: {:?}", p.display(), &errs[..errs.len().min(3)]));
                    }
                }
            }
        }
        assert!(n > 1000, "only {n} files");
        assert!(
            failed.is_empty(),
            "{} files rejected:\n{}",
            failed.len(),
            failed.join("\n")
        );
    }
}
