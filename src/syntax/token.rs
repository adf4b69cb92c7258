//! The tokens the parser sees.
//!
//! The lexer (`lexer.rs`) turns source text into these, inserting `;` where Go's
//! semicolon rule says so; each `;` records where it came from ([`SemiOrigin`]) because
//! cmd/compile words its errors after it (`unexpected newline`, `unexpected EOF`).
//! Literal tokens carry their source text unchanged; decoding (escapes, bases) happens
//! later, so that error messages can quote literals as written.

use std::fmt;

/// Why a `;` token is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SemiOrigin {
    /// Written by the programmer.
    Explicit,
    /// Inserted at a newline (or a block comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Token {
    // Names and literals: the text as written.
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Char(String),
    /// An interpreted ("...") or raw (`...`) string literal, quotes included.
    Str(String),

    // Keywords.
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

    // Operators and punctuation.
    Add,    // +
    Sub,    // -
    Mul,    // *
    Quo,    // /
    Rem,    // %
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^

    AddAssign,    // +=
    SubAssign,    // -=
    MulAssign,    // *=
    QuoAssign,    // /=
    RemAssign,    // %=
    AndAssign,    // &=
    OrAssign,     // |=
    XorAssign,    // ^=
    ShlAssign,    // <<=
    ShrAssign,    // >>=
    AndNotAssign, // &^=

    LAnd,  // &&
    LOr,   // ||
    Arrow, // <-
    Inc,   // ++
    Dec,   // --

    Eql,    // ==
    Lss,    // <
    Gtr,    // >
    Assign, // =
    Not,    // !
    Tilde,  // ~

    Neq,      // !=
    Leq,      // <=
    Geq,      // >=
    Define,   // :=
    Ellipsis, // ...

    LParen, // (
    LBrack, // [
    LBrace, // {
    Comma,  // ,
    Period, // .
    RParen, // )
    RBrack, // ]
    RBrace, // }
    Semi(SemiOrigin),
    Colon, // :
}

impl Token {
    /// How cmd/compile's parser names this token in `syntax error: unexpected X` messages
    /// (`tokstring` in cmd/compile/internal/syntax/parser.go): names are `name x`,
    /// literals `literal 1.5`, keywords `keyword func`, a newline-`;` is `newline`,
    /// the end-of-file `;` is `EOF`, operators are themselves.
    pub fn describe(&self) -> String {
        match self {
            Token::Ident(s) => format!("name {s}"),
            Token::Int(s) | Token::Float(s) | Token::Imag(s) | Token::Char(s) | Token::Str(s) => {
                format!("literal {s}")
            }
            Token::Semi(SemiOrigin::Newline) => "newline".to_string(),
            Token::Semi(SemiOrigin::Eof) => "EOF".to_string(),
            Token::Semi(SemiOrigin::Explicit) => "semicolon".to_string(),
            t if t.is_keyword() => format!("keyword {t}"),
            t => t.to_string(),
        }
    }

    pub fn is_keyword(&self) -> bool {
        matches!(
            self,
            Token::Break
                | Token::Case
                | Token::Chan
                | Token::Const
                | Token::Continue
                | Token::Default
                | Token::Defer
                | Token::Else
                | Token::Fallthrough
                | Token::For
                | Token::Func
                | Token::Go
                | Token::Goto
                | Token::If
                | Token::Import
                | Token::Interface
                | Token::Map
                | Token::Package
                | Token::Range
                | Token::Return
                | Token::Select
                | Token::Struct
                | Token::Switch
                | Token::Type
                | Token::Var
        )
    }

    /// The keyword token for `word`, if it is one of Go's 25 keywords.
    pub fn keyword(word: &str) -> Option<Token> {
        Some(match word {
            "break" => Token::Break,
            "case" => Token::Case,
            "chan" => Token::Chan,
            "const" => Token::Const,
            "continue" => Token::Continue,
            "default" => Token::Default,
            "defer" => Token::Defer,
            "else" => Token::Else,
            "fallthrough" => Token::Fallthrough,
            "for" => Token::For,
            "func" => Token::Func,
            "go" => Token::Go,
            "goto" => Token::Goto,
            "if" => Token::If,
            "import" => Token::Import,
            "interface" => Token::Interface,
            "map" => Token::Map,
            "package" => Token::Package,
            "range" => Token::Range,
            "return" => Token::Return,
            "select" => Token::Select,
            "struct" => Token::Struct,
            "switch" => Token::Switch,
            "type" => Token::Type,
            "var" => Token::Var,
            _ => return None,
        })
    }
}

impl fmt::Display for Token {
    /// The token as Go source spells it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Token::Ident(s)
            | Token::Int(s)
            | Token::Float(s)
            | Token::Imag(s)
            | Token::Char(s)
            | Token::Str(s) => {
                return f.write_str(s);
            }
            Token::Break => "break",
            Token::Case => "case",
            Token::Chan => "chan",
            Token::Const => "const",
            Token::Continue => "continue",
            Token::Default => "default",
            Token::Defer => "defer",
            Token::Else => "else",
            Token::Fallthrough => "fallthrough",
            Token::For => "for",
            Token::Func => "func",
            Token::Go => "go",
            Token::Goto => "goto",
            Token::If => "if",
            Token::Import => "import",
            Token::Interface => "interface",
            Token::Map => "map",
            Token::Package => "package",
            Token::Range => "range",
            Token::Return => "return",
            Token::Select => "select",
            Token::Struct => "struct",
            Token::Switch => "switch",
            Token::Type => "type",
            Token::Var => "var",
            Token::Add => "+",
            Token::Sub => "-",
            Token::Mul => "*",
            Token::Quo => "/",
            Token::Rem => "%",
            Token::And => "&",
            Token::Or => "|",
            Token::Xor => "^",
            Token::Shl => "<<",
            Token::Shr => ">>",
            Token::AndNot => "&^",
            Token::AddAssign => "+=",
            Token::SubAssign => "-=",
            Token::MulAssign => "*=",
            Token::QuoAssign => "/=",
            Token::RemAssign => "%=",
            Token::AndAssign => "&=",
            Token::OrAssign => "|=",
            Token::XorAssign => "^=",
            Token::ShlAssign => "<<=",
            Token::ShrAssign => ">>=",
            Token::AndNotAssign => "&^=",
            Token::LAnd => "&&",
            Token::LOr => "||",
            Token::Arrow => "<-",
            Token::Inc => "++",
            Token::Dec => "--",
            Token::Eql => "==",
            Token::Lss => "<",
            Token::Gtr => ">",
            Token::Assign => "=",
            Token::Not => "!",
            Token::Tilde => "~",
            Token::Neq => "!=",
            Token::Leq => "<=",
            Token::Geq => ">=",
            Token::Define => ":=",
            Token::Ellipsis => "...",
            Token::LParen => "(",
            Token::LBrack => "[",
            Token::LBrace => "{",
            Token::Comma => ",",
            Token::Period => ".",
            Token::RParen => ")",
            Token::RBrack => "]",
            Token::RBrace => "}",
            Token::Semi(_) => ";",
            Token::Colon => ":",
        };
        f.write_str(s)
    }
}
