//! Syntax errors: the error type of the grammar, and the grammar's own account of a
//! failure.
//!
//! What goscope reports for a file comes from [`super::recovery`], which follows
//! cmd/compile's parser. This module words the LR parser's failure for the rare file the
//! grammar rejects although Go's parser accepts it: the LR parser only knows which token
//! it could not use and which tokens it would have accepted; [`describe`] turns that,
//! with the tokens around it, into the message cmd/compile's recursive-descent parser
//! would print at such a place (cmd/compile/internal/syntax/parser.go: `syntaxErrorAt`,
//! `tokstring`, `list`, `header`, `stmtList`, …).

/// One syntax (or lexical) error: a byte position and Go's complete message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: u32,
    pub msg: String,
}

use super::token::{SemiOrigin, Token};
use lalrpop_util::ParseError;

type PError = ParseError<u32, Token, SyntaxError>;

/// How cmd/compile names the current token in `unexpected X` (`syntaxErrorAt`):
/// names and literals with their kind, `;` by origin, `,` as `comma`, keywords and
/// operators as written.
pub fn tok_string(t: &Token) -> String {
    match t {
        Token::Ident(s) => format!("name {s}"),
        Token::Int(s) | Token::Float(s) | Token::Imag(s) | Token::Char(s) | Token::Str(s) => {
            format!("literal {s}")
        }
        Token::Semi(SemiOrigin::Newline) => "newline".into(),
        Token::Semi(SemiOrigin::Eof) => "EOF".into(),
        Token::Semi(SemiOrigin::Explicit) => "semicolon".into(),
        Token::Comma => "comma".into(),
        t => t.to_string(),
    }
}

/// Turns the generated parser's failure into cmd/compile's message and position.
/// `toks` are the tokens the parser was given; `eof` is the length of the source.
pub fn describe(e: PError, toks: &[(u32, Token, u32)], eof: u32) -> SyntaxError {
    let (idx, expected) = match e {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => {
            return SyntaxError {
                pos: location,
                msg: "syntax error: invalid token".into(),
            };
        }
        ParseError::ExtraToken { token: (lo, t, _) } => {
            return SyntaxError {
                pos: lo,
                msg: format!(
                    "syntax error: unexpected {} after top level declaration",
                    tok_string(&t)
                ),
            };
        }
        ParseError::UnrecognizedEof { expected, .. } => (toks.len(), expected),
        ParseError::UnrecognizedToken {
            token: (lo, _, _),
            expected,
        } => (
            toks.iter().position(|t| t.0 == lo).unwrap_or(toks.len()),
            expected,
        ),
    };
    let exp: Vec<String> = expected
        .iter()
        .map(|s| s.trim_matches('"').replace("\\\"", "\""))
        .collect();
    Ctx {
        toks,
        idx,
        exp,
        eof,
    }
    .message()
}

struct Ctx<'a> {
    toks: &'a [(u32, Token, u32)],
    idx: usize,
    exp: Vec<String>,
    eof: u32,
}

impl Ctx<'_> {
    fn has(&self, s: &str) -> bool {
        self.exp.iter().any(|e| e == s)
    }
    fn tok(&self) -> Option<&Token> {
        self.toks.get(self.idx).map(|t| &t.1)
    }
    fn pos(&self) -> u32 {
        self.toks.get(self.idx).map_or(self.eof, |t| t.0)
    }
    fn got(&self) -> String {
        self.tok().map_or("EOF".to_string(), tok_string)
    }
    fn prev(&self, back: usize) -> Option<&Token> {
        self.idx
            .checked_sub(back)
            .and_then(|i| self.toks.get(i))
            .map(|t| &t.1)
    }
    fn at(&self, msg: impl Into<String>) -> SyntaxError {
        SyntaxError {
            pos: self.pos(),
            msg: msg.into(),
        }
    }
    /// `syntax error: unexpected X<rest>`.
    fn unexpected(&self, rest: &str) -> SyntaxError {
        self.at(format!("syntax error: unexpected {}{}", self.got(), rest))
    }

    /// The unclosed brackets before the error token, as token indices.
    fn open_brackets(&self) -> Vec<usize> {
        let mut stack = Vec::new();
        for (i, t) in self.toks[..self.idx.min(self.toks.len())]
            .iter()
            .enumerate()
        {
            match t.1 {
                Token::LParen | Token::LBrack | Token::LBrace => stack.push(i),
                Token::RParen | Token::RBrack | Token::RBrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack
    }

    /// Whether the `(` at `i` opens a parameter or result list.
    fn is_param_list(&self, i: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).map(|j| &self.toks[j].1);
        match before(1) {
            Some(Token::Func) => true,
            Some(Token::Ident(_)) => match before(2) {
                Some(Token::Func) => true,
                Some(Token::RParen) => self.receiver_before(i - 2),
                // A method in an interface: `interface { M(`.
                Some(Token::Semi(_) | Token::LBrace) => self.enclosing_open(i).is_some_and(|o| {
                    o > 0
                        && matches!(self.toks[o].1, Token::LBrace)
                        && matches!(self.toks[o - 1].1, Token::Interface)
                }),
                _ => false,
            },
            Some(Token::RParen) => {
                // A result list: `func f(…) (`; find the `(` matching this `)`.
                let mut depth = 0usize;
                let mut j = i - 1;
                loop {
                    match self.toks[j].1 {
                        Token::RParen => depth += 1,
                        Token::LParen => {
                            depth -= 1;
                            if depth == 0 {
                                return self.is_param_list(j);
                            }
                        }
                        _ => {}
                    }
                    if j == 0 {
                        return false;
                    }
                    j -= 1;
                }
            }
            _ => false,
        }
    }

    /// The unclosed bracket that encloses the token at `i`.
    fn enclosing_open(&self, i: usize) -> Option<usize> {
        let mut depth = 0usize;
        for j in (0..i).rev() {
            match self.toks[j].1 {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => {
                    if depth == 0 {
                        return Some(j);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    /// Whether the `)` at `j` closes a method receiver (`func (r T) name(`).
    fn receiver_before(&self, j: usize) -> bool {
        let mut depth = 0usize;
        let mut k = j;
        loop {
            match self.toks[k].1 {
                Token::RParen => depth += 1,
                Token::LParen => {
                    depth -= 1;
                    if depth == 0 {
                        return k > 0 && matches!(self.toks[k - 1].1, Token::Func);
                    }
                }
                _ => {}
            }
            if k == 0 {
                return false;
            }
            k -= 1;
        }
    }

    fn message(&self) -> SyntaxError {
        let tok = self.tok().cloned();
        if !matches!(self.toks.first(), Some((_, Token::Package, _))) {
            let pos = self.toks.first().map_or(0, |t| t.0);
            return SyntaxError {
                pos,
                msg: "syntax error: package statement must be first".into(),
            };
        }
        let stack = self.open_brackets();
        let expr_start = self.has("IntLit");

        // Tokens that decide the message on their own.
        match (self.prev(1), &tok) {
            (Some(Token::Else), _) => {
                return self.at("syntax error: else must be followed by if or statement block");
            }
            (Some(Token::For), Some(Token::Var)) => {
                // Reported after `var` has been consumed (header).
                let pos = self.toks.get(self.idx + 1).map_or(self.eof, |t| t.0);
                let msg = "syntax error: var declaration not allowed in for initializer".into();
                return SyntaxError { pos, msg };
            }
            _ => {}
        }

        // A header that is not followed by its block (blockStmt, switchStmt).
        if self.has("{") && !expr_start {
            match self.header_keyword() {
                Some(Token::For) => return self.unexpected(", expected { after for clause"),
                Some(Token::If) => return self.unexpected(", expected { after if clause"),
                Some(Token::Switch) => {
                    return self.at("syntax error: missing { after switch clause");
                }
                _ => {}
            }
        }

        let Some(&top) = stack.last() else {
            // At the top level (fileOrNil).
            if self.idx <= 2 {
                return self.unexpected(", expected semicolon or newline");
            }
            if self.has(";") {
                return self.unexpected(" after top level declaration");
            }
            if expr_start {
                return self.generic(expr_start);
            }
            if self.has("func") {
                if tok == Some(Token::Import) {
                    return self.at("syntax error: imports must appear before other declarations");
                }
                if tok == Some(Token::LBrace) && matches!(self.prev(1), Some(Token::Semi(_))) {
                    return self.at("syntax error: unexpected semicolon or newline before {");
                }
                return self.at("syntax error: non-declaration statement outside function body");
            }
            return self.generic(expr_start);
        };

        match self.toks[top].1 {
            Token::LParen => {
                // Lists (list): arguments or parameters.
                if self.has(",") && self.has(")") && !expr_start {
                    return if self.is_param_list(top) {
                        self.unexpected(" in parameter list; possibly missing comma or )")
                    } else {
                        self.unexpected(" in argument list; possibly missing comma or )")
                    };
                }
                if self.has(")") && !expr_start && !self.has(";") {
                    return self.unexpected(", expected )");
                }
            }
            Token::LBrack => {
                if self.has(":") && self.has("]") && !expr_start {
                    return self.unexpected(", expected comma, : or ]");
                }
            }
            Token::LBrace => {
                let before = top.checked_sub(1).map(|j| &self.toks[j].1);
                // Blocks accept `;`; literal bodies never do.
                if self.has(",") && self.has("}") && !self.has(";") && !expr_start {
                    return self.unexpected(" in composite literal; possibly missing comma or }");
                }
                if matches!(before, Some(Token::Struct))
                    && self.has("Ident")
                    && self.has("}")
                    && !self.has(";")
                {
                    return self.unexpected(", expected field name or embedded type");
                }
                if self.has(";") && self.has("}") && !expr_start {
                    match before {
                        Some(Token::Struct) => {
                            return self.unexpected(
                                " in struct type; possibly missing semicolon or newline or }",
                            );
                        }
                        Some(Token::Interface) => {
                            return self.unexpected(
                                " in interface type; possibly missing semicolon or newline or }",
                            );
                        }
                        _ => {}
                    }
                }
                if self.has("case") && self.has("default") && self.has("}") && !self.has(";") {
                    return self.unexpected(", expected case or default or }");
                }
                if self.has(":=") && self.has("=") && self.has(",") && self.is_assign_op(&tok) {
                    return self.unexpected(", expected := or = or comma");
                }
                if self.has(":") && self.in_case_header() {
                    return self.unexpected(", expected :");
                }
                if self.has(";") && self.has("}") && !expr_start {
                    return self.unexpected(" at end of statement");
                }
            }
            _ => {}
        }
        self.generic(expr_start)
    }

    /// The `for`/`if`/`switch` whose header the error is in, if any: the nearest such
    /// keyword at the same bracket depth.
    fn header_keyword(&self) -> Option<Token> {
        let mut depth = 0i32;
        for t in self.toks[..self.idx.min(self.toks.len())].iter().rev() {
            match t.1 {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                Token::For | Token::If | Token::Switch if depth == 0 => return Some(t.1.clone()),
                _ => {}
            }
        }
        None
    }

    fn is_assign_op(&self, t: &Option<Token>) -> bool {
        matches!(
            t,
            Some(
                Token::AddAssign
                    | Token::SubAssign
                    | Token::MulAssign
                    | Token::QuoAssign
                    | Token::RemAssign
                    | Token::AndAssign
                    | Token::OrAssign
                    | Token::XorAssign
                    | Token::ShlAssign
                    | Token::ShrAssign
                    | Token::AndNotAssign
            )
        )
    }

    /// Whether the error is between `case`/`default` and its `:`.
    fn in_case_header(&self) -> bool {
        let mut depth = 0i32;
        for t in self.toks[..self.idx.min(self.toks.len())].iter().rev() {
            match t.1 {
                Token::RParen | Token::RBrack | Token::RBrace => depth += 1,
                Token::LParen | Token::LBrack | Token::LBrace => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                Token::Colon if depth == 0 => return false,
                Token::Semi(_) if depth == 0 => return false,
                Token::Case | Token::Default if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    /// Messages that depend only on what was expected.
    fn generic(&self, expr_start: bool) -> SyntaxError {
        // At the start of a statement, a token that cannot start one ends the list:
        // the enclosing construct then wants its closing token (stmtList, caseClause).
        if expr_start && self.has("}") && !self.tok().is_some_and(starts_stmt) {
            if self.has("case") {
                return self.unexpected(", expected case or default or }");
            }
            return self.unexpected(", expected }");
        }
        if self.tok().is_none() {
            if let Some(&top) = self.open_brackets().last() {
                let close = match self.toks[top].1 {
                    Token::LParen => ")",
                    Token::LBrack => "]",
                    _ => "}",
                };
                return self.unexpected(&format!(", expected {close}"));
            }
        }
        if expr_start {
            return self.unexpected(", expected expression");
        }
        if self.has("Ident") && self.has("chan") && self.has("map") {
            return self.unexpected(", expected type");
        }
        if self.has("Ident") && self.has("(") && self.exp.len() == 2 {
            return self.unexpected(", expected name or (");
        }
        if self.has("Ident")
            && (self.exp.len() == 1 || self.prev(1).is_some_and(|t| matches!(t, Token::Goto)))
        {
            return self.unexpected(", expected name");
        }
        if self.exp.len() == 1 {
            let want = match self.exp[0].as_str() {
                "," => "comma".to_string(),
                ";" => "semicolon or newline".to_string(),
                s => s.to_string(),
            };
            return self.unexpected(&format!(", expected {want}"));
        }
        if self.has("}") {
            return self.unexpected(", expected }");
        }
        if self.has(")") {
            return self.unexpected(", expected )");
        }
        if self.has("]") {
            return self.unexpected(", expected ]");
        }
        self.unexpected("")
    }
}

/// Whether `t` can start a statement (cmd/compile's `stmtOrNil` cases).
fn starts_stmt(t: &Token) -> bool {
    !matches!(
        t,
        Token::Else
            | Token::Case
            | Token::Default
            | Token::Package
            | Token::Import
            | Token::RParen
            | Token::RBrack
            | Token::RBrace
            | Token::Comma
            | Token::Period
            | Token::Colon
            | Token::Assign
            | Token::Define
            | Token::Ellipsis
            | Token::Quo
            | Token::Rem
            | Token::Shl
            | Token::Shr
            | Token::AndNot
            | Token::LAnd
            | Token::LOr
            | Token::Eql
            | Token::Neq
            | Token::Lss
            | Token::Leq
            | Token::Gtr
            | Token::Geq
            | Token::Inc
            | Token::Dec
    ) && !matches!(
        t,
        Token::AddAssign
            | Token::SubAssign
            | Token::MulAssign
            | Token::QuoAssign
            | Token::RemAssign
            | Token::AndAssign
            | Token::OrAssign
            | Token::XorAssign
            | Token::ShlAssign
            | Token::ShrAssign
            | Token::AndNotAssign
    )
}
