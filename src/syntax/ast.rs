//! The abstract syntax tree of a Go source file.
//!
//! Node names follow Go's own trees (cmd/compile/internal/syntax and go/ast) so that a
//! reader can keep Go's sources open beside ours. Generics are not in the tree yet.
//!
//! Positions: every node carries a [`Span`] covering its whole text; its `span.lo` is
//! what types2 calls `syntax.StartPos(n)`, the position nearly all type errors are
//! reported at. Where cmd/compile reports at another token (the operator of a binary
//! expression, the `:=` of an assignment, the `(` of a call), the node stores that
//! position too.
//!
//! Every expression has a [`NodeId`], unique within one parse session, so that the type
//! checker can record facts about it (type, constant value, what a name resolves to) in
//! side tables that the compiler reads.
//!
//! Types are parsed as expressions (`ExprKind::ArrayType`, `MapType`, …): Go's syntax
//! does not always tell a type from a value (`T(x)`, `*p`, `[]int{1}`), so the checker
//! sorts them out, as types2 does.

use crate::source::{Pos, Span};

/// Identifies one expression node; dense, so side tables can be vectors.
pub type NodeId = u32;

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

/// One parsed source file.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `import m "math"`, `import . "fmt"`, `import _ "os"`.
    pub name: Option<Ident>,
    /// The path literal as written, quotes included.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    /// One `const` declaration: a single spec, or a parenthesised group. In a group,
    /// a spec without values repeats the previous spec's type and values (the checker
    /// does this, using `iota`).
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec: its index in the group.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type A = B`
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Box<Param>>,
    pub name: Ident,
    pub sig: FuncType,
    /// None for a declaration without body (an error in package main).
    pub body: Option<Block>,
    pub span: Span,
}

/// A function signature: `func(a, b int, c ...string) (x int, err error)`.
#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// Where cmd/compile's tree puts a function type: the `(` of its parameters (for a
    /// declaration, the `func` keyword).
    pub pos: Pos,
    pub span: Span,
}

/// One parameter or result. `a, b int` becomes two params sharing a copy of the type.
#[derive(Clone, Debug)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// The last parameter written `...T`; `ty` is then `T`.
    pub variadic: bool,
    pub span: Span,
}

/// A struct field declaration line: `a, b int "tag"` or an embedded `T` / `*T`.
#[derive(Clone, Debug)]
pub struct FieldDecl {
    /// Empty for an embedded field.
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub embedded: bool,
    /// The tag literal as written, quotes included.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface (or, with generics later, a type term).
    Embedded(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Plus, // +x
    Neg,  // -x
    Not,  // !x
    Xor,  // ^x
    Addr, // &x
    Recv, // <-x
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Quo => "/",
            BinOp::Rem => "%",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::AndNot => "&^",
            BinOp::LAnd => "&&",
            BinOp::LOr => "||",
            BinOp::Eql => "==",
            BinOp::Neq => "!=",
            BinOp::Lss => "<",
            BinOp::Leq => "<=",
            BinOp::Gtr => ">",
            BinOp::Geq => ">=",
        }
    }

    /// Go's precedence: 5 for `* / % << >> & &^`, 4 for `+ - | ^`, 3 comparisons,
    /// 2 `&&`, 1 `||`.
    pub fn precedence(self) -> u8 {
        match self {
            BinOp::Mul
            | BinOp::Quo
            | BinOp::Rem
            | BinOp::Shl
            | BinOp::Shr
            | BinOp::And
            | BinOp::AndNot => 5,
            BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 4,
            BinOp::Eql | BinOp::Neq | BinOp::Lss | BinOp::Leq | BinOp::Gtr | BinOp::Geq => 3,
            BinOp::LAnd => 2,
            BinOp::LOr => 1,
        }
    }
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Plus => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A placeholder after a syntax error.
    Bad,
    Ident(String),
    /// `raw` is the literal as written (`0x1F`, `'a'`, `"a\n"`, `` `raw` ``).
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `T{...}`; `ty` is None for an elided type inside an outer literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elems: Vec<Expr>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `key: value` inside a composite literal; `colon` is the `:` position.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
        colon: Pos,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
        lbrack: Pos,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`full` is true for the 3-index form).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        full: bool,
        lbrack: Pos,
    },
    /// `x.(T)`; `ty` is None for `x.(type)` in a type switch header.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
        lparen: Pos,
    },
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Pos>,
        lparen: Pos,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnOp,
        x: Box<Expr>,
        op_pos: Pos,
    },
    Binary {
        op: BinOp,
        x: Box<Expr>,
        y: Box<Expr>,
        op_pos: Pos,
    },

    // Types.
    /// `[N]T`; `len` is None for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType {
        elem: Box<Expr>,
    },
    StructType {
        fields: Vec<FieldDecl>,
    },
    FuncType(FuncType),
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub lbrace: Pos,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, …
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    /// A placeholder after a syntax error.
    Bad,
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
        arrow: Pos,
    },
    IncDec {
        x: Expr,
        inc: bool,
        op_pos: Pos,
    },
    Assign {
        op: AssignOp,
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
        op_pos: Pos,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` None means `switch { … }` (true).
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `switch [bind :=] x.(type) { … }`; `x` is the operand of `.(type)`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    Select {
        clauses: Vec<CommClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}` (`define`), `for k, v = range x {}`, `for range x {}`.
    Range {
        key: Option<Box<Expr>>,
        value: Option<Box<Expr>>,
        /// A third iteration variable, which the type checker rejects (types2 reports
        /// `range clause permits at most two iteration variables` at it).
        extra: Option<Box<Expr>>,
        define: bool,
        x: Box<Expr>,
        body: Block,
        range_pos: Pos,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    /// A `var`, `const` or `type` declaration inside a function (never `Decl::Func`).
    /// (Boxed, as the iteration variables of `Range` are, to keep `Stmt` small: the
    /// parser moves statements by value.)
    Decl(Box<Decl>),
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty with `default`: true for `default:`.
    pub list: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    /// Position of `case` / `default`.
    pub pos: Pos,
    /// Position of the `:`.
    pub colon: Pos,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// None for `default:`; otherwise a send, a receive expression, or an assignment /
    /// definition whose right side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
    pub colon: Pos,
    pub span: Span,
}
