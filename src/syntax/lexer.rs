//! The lexer: logos tokens plus Go's semicolon rule.
//!
//! Source text becomes [`Token`]s in two layers. A private logos-derived [`RawToken`]
//! recognises the lexical elements; it keeps newlines (they matter for the semicolon
//! rule) and skips blanks and `//` comments. Literals, block comments and the rare
//! non-ASCII identifiers are finished by hand-written callbacks that mirror
//! cmd/compile's scanner (`cmd/compile/internal/syntax/scanner.go`), so that they
//! report the same errors, in the same words, at the same positions.
//!
//! The public [`Lexer`] wraps the logos lexer and applies Go's semicolon rule with
//! cmd/compile's `nlsemi` flag: after a name, a literal, `break`, `continue`,
//! `fallthrough`, `return`, `++`, `--`, `)`, `]` or `}`, a newline (or a block comment
//! that spans lines, or the end of the file) becomes a `;` token.
//!
//! Not handled: `//line` directives (which change reported positions in Go), and a NUL
//! character or byte order mark in the middle of a name or number, which Go's source
//! reader drops silently from the token while goscope splits the token there (both
//! are reported as errors all the same).

use crate::source::SourceFile;
use crate::syntax::token::{SemiOrigin, Token};
use logos::Logos;
use std::collections::VecDeque;
use std::fmt;

/// A lexical error: a position (byte offset) and cmd/compile's message for it.
///
/// The message is exactly what `go build` prints after `file:line:col: `; scanner
/// errors carry no `syntax error: ` prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub pos: u32,
    pub msg: String,
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for LexError {}

/// The kind of a number literal, decided while scanning it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumKind {
    Int,
    Float,
    Imag,
}

/// What logos recognises. Errors found inside a token are pushed onto the extras and
/// drained by [`Lexer`] before the token itself is handed out.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(extras = Vec<LexError>)]
#[logos(skip r"[ \t\r]+")]
enum RawToken {
    #[token("\n")]
    Newline,

    /// A `//` comment up to (not including) the newline.
    #[regex(r"//[^\n]*", line_comment, allow_greedy = true)]
    LineComment,

    /// A `/* */` comment; true if it contains a newline.
    #[token("/*", block_comment)]
    BlockComment(bool),

    /// An ASCII character that cannot start any token.
    #[regex(r"[\x01-\x08\x0B\x0C\x0E-\x1F#$?@\\\x7F]")]
    Invalid,

    #[token("\0")]
    Nul,

    #[token("\u{FEFF}")]
    Bom,

    /// A name or keyword. Like cmd/compile, any non-ASCII character continues (or
    /// starts) a name; those that are not letters or digits are reported by the
    /// callback.
    #[regex(
        r"([A-Za-z_]|[^\x00-\x7F\u{FEFF}])([A-Za-z0-9_]|[^\x00-\x7F\u{FEFF}])*",
        name
    )]
    Name,

    #[regex(r"[0-9]", |lex| number(lex, false))]
    #[regex(r"\.[0-9]", |lex| number(lex, true))]
    Number(NumKind),

    #[token("'", rune_lit)]
    Rune,

    #[token("\"", std_string)]
    #[token("`", raw_string)]
    Str,

    #[token("+", |_| Token::Add)]
    #[token("-", |_| Token::Sub)]
    #[token("*", |_| Token::Mul)]
    #[token("/", |_| Token::Quo)]
    #[token("%", |_| Token::Rem)]
    #[token("&", |_| Token::And)]
    #[token("|", |_| Token::Or)]
    #[token("^", |_| Token::Xor)]
    #[token("<<", |_| Token::Shl)]
    #[token(">>", |_| Token::Shr)]
    #[token("&^", |_| Token::AndNot)]
    #[token("+=", |_| Token::AddAssign)]
    #[token("-=", |_| Token::SubAssign)]
    #[token("*=", |_| Token::MulAssign)]
    #[token("/=", |_| Token::QuoAssign)]
    #[token("%=", |_| Token::RemAssign)]
    #[token("&=", |_| Token::AndAssign)]
    #[token("|=", |_| Token::OrAssign)]
    #[token("^=", |_| Token::XorAssign)]
    #[token("<<=", |_| Token::ShlAssign)]
    #[token(">>=", |_| Token::ShrAssign)]
    #[token("&^=", |_| Token::AndNotAssign)]
    #[token("&&", |_| Token::LAnd)]
    #[token("||", |_| Token::LOr)]
    #[token("<-", |_| Token::Arrow)]
    #[token("++", |_| Token::Inc)]
    #[token("--", |_| Token::Dec)]
    #[token("==", |_| Token::Eql)]
    #[token("<", |_| Token::Lss)]
    #[token(">", |_| Token::Gtr)]
    #[token("=", |_| Token::Assign)]
    #[token("!", |_| Token::Not)]
    #[token("~", |_| Token::Tilde)]
    #[token("!=", |_| Token::Neq)]
    #[token("<=", |_| Token::Leq)]
    #[token(">=", |_| Token::Geq)]
    #[token(":=", |_| Token::Define)]
    #[token("...", |_| Token::Ellipsis)]
    #[token("(", |_| Token::LParen)]
    #[token("[", |_| Token::LBrack)]
    #[token("{", |_| Token::LBrace)]
    #[token(",", |_| Token::Comma)]
    #[token(".", |_| Token::Period)]
    #[token(")", |_| Token::RParen)]
    #[token("]", |_| Token::RBrack)]
    #[token("}", |_| Token::RBrace)]
    #[token(";", |_| Token::Semi(SemiOrigin::Explicit))]
    #[token(":", |_| Token::Colon)]
    Op(Token),
}

/// Unicode classes of a single character, for the few places where Go consults
/// `unicode.IsLetter`, `unicode.IsDigit` or `strconv.IsPrint` on non-ASCII text.
/// Logos compiles the Unicode tables into the matcher, so no extra crate is needed.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
enum CharClass {
    /// `unicode.IsLetter`: general category L.
    #[regex(r"\p{L}")]
    Letter,
    /// `unicode.IsDigit`: general category Nd.
    #[regex(r"\p{Nd}")]
    Digit,
    /// The rest of what `strconv.IsPrint` accepts: marks, other numbers, punctuation
    /// and symbols.
    #[regex(r"[\p{M}\p{Nl}\p{No}\p{P}\p{S}]")]
    OtherPrint,
}

fn classify(c: char) -> Option<CharClass> {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    match CharClass::lexer(s).next() {
        Some(Ok(class)) => Some(class),
        _ => None,
    }
}

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
fn is_print(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    classify(c).is_some()
}

/// Go's `%#U` verb: `U+0040 '@'`, or just `U+0001` when the character is not printable.
pub fn format_u(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if is_print(ch) => format!("U+{c:04X} '{ch}'"),
        _ => format!("U+{c:04X}"),
    }
}

/// Go's `%q` verb on a rune (`strconv.QuoteRune`).
fn quote_rune(c: char) -> String {
    let body = match c {
        '\'' => "\\'".to_string(),
        '\\' => "\\\\".to_string(),
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0C' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0B' => "\\v".to_string(),
        c if is_print(c) => c.to_string(),
        c if (c as u32) < 0x20 || c == '\x7F' => format!("\\x{:02x}", c as u32),
        c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    };
    format!("'{body}'")
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

const EOF: i32 = -1;

fn lower(ch: i32) -> i32 {
    0x20 | ch
}

fn is_decimal(ch: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&ch)
}

fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || (b'a' as i32..=b'f' as i32).contains(&lower(ch))
}

/// A character reader over the source that mirrors cmd/compile's `source`
/// (`cmd/compile/internal/syntax/source.go`): `ch` is the current character (or
/// [`EOF`]), `pos` its offset. Like Go's `nextch`, reading reports and drops NUL
/// characters and byte order marks.
struct Cursor<'s, 'e> {
    src: &'s str,
    /// Offset of the token being scanned (errors "at offset" count from here).
    start: usize,
    pos: usize,
    ch: i32,
    width: usize,
    errs: &'e mut Vec<LexError>,
}

impl<'s, 'e> Cursor<'s, 'e> {
    fn new(src: &'s str, start: usize, pos: usize, errs: &'e mut Vec<LexError>) -> Self {
        let mut c = Cursor {
            src,
            start,
            pos,
            ch: EOF,
            width: 0,
            errs,
        };
        c.read();
        c
    }

    fn read(&mut self) {
        loop {
            match self.src[self.pos..].chars().next() {
                None => {
                    self.ch = EOF;
                    self.width = 0;
                }
                Some('\0') => {
                    self.errorf("invalid NUL character");
                    self.pos += 1;
                    continue;
                }
                Some('\u{FEFF}') => {
                    if self.pos > 0 {
                        self.errorf("invalid BOM in the middle of the file");
                    }
                    self.pos += '\u{FEFF}'.len_utf8();
                    continue;
                }
                Some(c) => {
                    self.ch = c as i32;
                    self.width = c.len_utf8();
                }
            }
            return;
        }
    }

    fn nextch(&mut self) {
        self.pos += self.width;
        self.read();
    }

    /// The current character; only valid when not at EOF.
    fn cur(&self) -> char {
        char::from_u32(self.ch as u32).unwrap_or('\u{FFFD}')
    }

    /// An error at the current character (Go's `errorf`).
    fn errorf(&mut self, msg: impl Into<String>) {
        self.errs.push(LexError {
            pos: self.pos as u32,
            msg: msg.into(),
        });
    }

    /// An error at a byte offset from the token start (Go's `errorAtf`).
    fn error_at(&mut self, offset: usize, msg: impl Into<String>) {
        self.errs.push(LexError {
            pos: (self.start + offset) as u32,
            msg: msg.into(),
        });
    }

    /// Go's `digits`: accepts `{ digit | '_' }` and returns bit 0 if there were
    /// digits, bit 1 if there were separators. For bases up to 10 it accepts all
    /// decimal digits and records the offset of the first one too big for the base.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == '_' as i32 {
                let mut ds = 1;
                if self.ch == '_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.pos - self.start);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == '_' as i32 {
                digsep |= if self.ch == '_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    /// Go's `number`: scans a number literal starting at the current character (after
    /// the `.` when `seen_point`).
    fn number(&mut self, mut seen_point: bool) -> NumKind {
        let mut ok = true;
        let mut kind = NumKind::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;

        if !seen_point {
            if self.ch == '0' as i32 {
                self.nextch();
                match u8::try_from(lower(self.ch)).unwrap_or(0) {
                    b'x' => {
                        self.nextch();
                        (base, prefix) = (16, b'x');
                    }
                    b'o' => {
                        self.nextch();
                        (base, prefix) = (8, b'o');
                    }
                    b'b' => {
                        self.nextch();
                        (base, prefix) = (2, b'b');
                    }
                    _ => {
                        (base, prefix) = (8, b'0');
                        digsep = 1; // The leading 0 is a digit.
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == '.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.errorf(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = NumKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.errorf(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if ok {
                if e == 'e' as i32 && prefix != 0 && prefix != b'0' {
                    let q = quote_rune(self.cur());
                    self.errorf(format!("{q} exponent requires decimal mantissa"));
                    ok = false;
                } else if e == 'p' as i32 && prefix != b'x' {
                    let q = quote_rune(self.cur());
                    self.errorf(format!("{q} exponent requires hexadecimal mantissa"));
                    ok = false;
                }
            }
            self.nextch();
            kind = NumKind::Float;
            if self.ch == '+' as i32 || self.ch == '-' as i32 {
                self.nextch();
            }
            digsep = self.digits(10, &mut None) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.errorf("exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == NumKind::Float && ok {
            self.errorf("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.ch == 'i' as i32 {
            kind = NumKind::Imag;
            self.nextch();
        }

        let lit = &self.src.as_bytes()[self.start..self.pos];
        if kind == NumKind::Int
            && ok
            && let Some(i) = invalid
        {
            let q = quote_rune(lit[i] as char);
            self.error_at(
                i,
                format!("invalid digit {q} in {} literal", base_name(base)),
            );
            ok = false;
        }
        if digsep & 2 != 0
            && ok
            && let Some(i) = invalid_sep(lit)
        {
            self.error_at(i, "'_' must separate successive digits");
        }
        kind
    }

    /// Go's `escape`: the current character follows a backslash. Returns false after
    /// reporting an error; an escape cut short by EOF is left to the caller.
    fn escape(&mut self, quote: char) -> bool {
        let (n, base, max): (u32, u32, u32);
        match self.ch {
            EOF => return true,
            c if c == quote as i32
                || "abfnrtv\\".contains(char::from_u32(c as u32).unwrap_or('\0')) =>
            {
                self.nextch();
                return true;
            }
            c if (b'0' as i32..=b'7' as i32).contains(&c) => (n, base, max) = (3, 8, 255),
            c if c == 'x' as i32 => {
                self.nextch();
                (n, base, max) = (2, 16, 255);
            }
            c if c == 'u' as i32 => {
                self.nextch();
                (n, base, max) = (4, 16, 0x10FFFF);
            }
            c if c == 'U' as i32 => {
                self.nextch();
                (n, base, max) = (8, 16, 0x10FFFF);
            }
            _ => {
                self.errorf("unknown escape");
                return false;
            }
        }

        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch == EOF {
                return true;
            }
            let d = if is_decimal(self.ch) {
                (self.ch - '0' as i32) as u32
            } else if (b'a' as i32..=b'f' as i32).contains(&lower(self.ch)) {
                (lower(self.ch) - 'a' as i32) as u32 + 10
            } else {
                base
            };
            if d >= base {
                let q = quote_rune(self.cur());
                self.errorf(format!(
                    "invalid character {q} in {} escape",
                    base_name(base)
                ));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }

        if x > max && base == 8 {
            self.errorf(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.errorf(format!(
                "escape is invalid Unicode code point {}",
                format_u(x)
            ));
            return false;
        }
        true
    }
}

/// Go's `invalidSep`: the offset of the first `_` in a number literal that does not
/// separate two digits (a base prefix counts as a digit), if any.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// Runs `scan` on a cursor placed `skip` bytes into the current match, then extends the
/// match to where the cursor stopped.
fn with_cursor<R>(
    lex: &mut logos::Lexer<'_, RawToken>,
    skip: usize,
    scan: impl FnOnce(&mut Cursor) -> R,
) -> R {
    let span = lex.span();
    let src = lex.source();
    let (r, end) = {
        let mut c = Cursor::new(src, span.start, span.start + skip, &mut lex.extras);
        let r = scan(&mut c);
        (r, c.pos)
    };
    if end > span.end {
        lex.bump(end - span.end);
    }
    r
}

fn line_comment(lex: &mut logos::Lexer<'_, RawToken>) -> logos::Skip {
    let start = lex.span().start;
    for (i, c) in lex.slice().char_indices() {
        match c {
            '\0' => lex.extras.push(LexError {
                pos: (start + i) as u32,
                msg: "invalid NUL character".into(),
            }),
            '\u{FEFF}' => lex.extras.push(LexError {
                pos: (start + i) as u32,
                msg: "invalid BOM in the middle of the file".into(),
            }),
            _ => {}
        }
    }
    logos::Skip
}

/// Go's `skipComment`, entered after `/*`.
fn block_comment(lex: &mut logos::Lexer<'_, RawToken>) -> bool {
    with_cursor(lex, 2, |c| {
        while c.ch != EOF {
            while c.ch == '*' as i32 {
                c.nextch();
                if c.ch == '/' as i32 {
                    c.nextch();
                    return;
                }
            }
            c.nextch();
        }
        c.error_at(0, "comment not terminated");
    });
    lex.slice().contains('\n')
}

fn name(lex: &mut logos::Lexer<'_, RawToken>) {
    let start = lex.span().start;
    for (i, c) in lex.slice().char_indices() {
        if c.is_ascii() {
            continue;
        }
        let msg = match classify(c) {
            Some(CharClass::Letter) => continue,
            Some(CharClass::Digit) if i > 0 => continue,
            Some(CharClass::Digit) => {
                format!("identifier cannot begin with digit {}", format_u(c as u32))
            }
            _ => format!("invalid character {} in identifier", format_u(c as u32)),
        };
        lex.extras.push(LexError {
            pos: (start + i) as u32,
            msg,
        });
    }
}

fn number(lex: &mut logos::Lexer<'_, RawToken>, seen_point: bool) -> NumKind {
    with_cursor(lex, if seen_point { 1 } else { 0 }, |c| {
        c.number(seen_point)
    })
}

/// Go's `rune`, entered after the opening `'`.
fn rune_lit(lex: &mut logos::Lexer<'_, RawToken>) {
    with_cursor(lex, 1, |c| {
        let mut ok = true;
        let mut n = 0;
        loop {
            if c.ch == '\'' as i32 {
                if ok {
                    if n == 0 {
                        c.errorf("empty rune literal or unescaped '");
                    } else if n != 1 {
                        c.error_at(0, "more than one character in rune literal");
                    }
                }
                c.nextch();
                break;
            }
            if c.ch == '\\' as i32 {
                c.nextch();
                if !c.escape('\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if c.ch == '\n' as i32 {
                if ok {
                    c.errorf("newline in rune literal");
                }
                break;
            }
            if c.ch == EOF {
                if ok {
                    c.error_at(0, "rune literal not terminated");
                }
                break;
            }
            c.nextch();
            n += 1;
        }
    })
}

/// Go's `stdString`, entered after the opening `"`.
fn std_string(lex: &mut logos::Lexer<'_, RawToken>) {
    with_cursor(lex, 1, |c| {
        loop {
            if c.ch == '"' as i32 {
                c.nextch();
                break;
            }
            if c.ch == '\\' as i32 {
                c.nextch();
                c.escape('"');
                continue;
            }
            if c.ch == '\n' as i32 {
                c.errorf("newline in string");
                break;
            }
            if c.ch == EOF {
                c.error_at(0, "string not terminated");
                break;
            }
            c.nextch();
        }
    })
}

/// Go's `rawString`, entered after the opening backquote. Carriage returns stay in
/// the token text; the checker strips them from the value.
fn raw_string(lex: &mut logos::Lexer<'_, RawToken>) {
    with_cursor(lex, 1, |c| {
        loop {
            if c.ch == '`' as i32 {
                c.nextch();
                break;
            }
            if c.ch == EOF {
                c.error_at(0, "string not terminated");
                break;
            }
            c.nextch();
        }
    })
}

/// Go's tokens with semicolon insertion: an iterator of `(lo, token, hi)` byte spans,
/// or lexical errors. After an error it goes on where cmd/compile's scanner would, so
/// the tokens after it still come out; a malformed literal is reported and then
/// yielded as a token all the same.
///
/// An inserted `;` has `lo == hi`: at the newline for [`SemiOrigin::Newline`] (at the
/// start of the comment if a line-spanning block comment caused it), at the end of the
/// text for [`SemiOrigin::Eof`].
pub struct Lexer<'a> {
    raw: logos::Lexer<'a, RawToken>,
    src: &'a str,
    /// cmd/compile's `nlsemi`: the next newline or EOF turns into `;`.
    nlsemi: bool,
    pending: VecDeque<Result<(u32, Token, u32), LexError>>,
    done: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer {
            raw: RawToken::lexer(src),
            src,
            nlsemi: false,
            pending: VecDeque::new(),
            done: false,
        }
    }

    fn token(&mut self, lo: usize, tok: Token, hi: usize) {
        self.nlsemi = matches!(
            tok,
            Token::Ident(_)
                | Token::Int(_)
                | Token::Float(_)
                | Token::Imag(_)
                | Token::Char(_)
                | Token::Str(_)
                | Token::Break
                | Token::Continue
                | Token::Fallthrough
                | Token::Return
                | Token::Inc
                | Token::Dec
                | Token::RParen
                | Token::RBrack
                | Token::RBrace
        );
        self.pending.push_back(Ok((lo as u32, tok, hi as u32)));
    }

    /// Inserts a `;` at `pos` if the previous token allows it.
    fn newline(&mut self, pos: usize, origin: SemiOrigin) {
        if self.nlsemi {
            self.nlsemi = false;
            self.pending
                .push_back(Ok((pos as u32, Token::Semi(origin), pos as u32)));
        }
    }

    fn error(&mut self, pos: usize, msg: String) {
        self.pending.push_back(Err(LexError {
            pos: pos as u32,
            msg,
        }));
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<(u32, Token, u32), LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            let raw = self.raw.next();
            // Errors found inside a token come before it, as in Go.
            for e in self.raw.extras.drain(..) {
                self.pending.push_back(Err(e));
            }
            let Some(raw) = raw else {
                self.done = true;
                self.newline(self.src.len(), SemiOrigin::Eof);
                continue;
            };
            let span = self.raw.span();
            let text = self.raw.slice();
            match raw {
                Ok(RawToken::Newline) => self.newline(span.start, SemiOrigin::Newline),
                Ok(RawToken::LineComment) => {}
                Ok(RawToken::BlockComment(crossed)) => {
                    if crossed {
                        self.newline(span.start, SemiOrigin::Newline);
                    }
                }
                Ok(RawToken::Nul) => self.error(span.start, "invalid NUL character".into()),
                Ok(RawToken::Bom) => {
                    if span.start > 0 {
                        self.error(span.start, "invalid BOM in the middle of the file".into());
                    }
                }
                Ok(RawToken::Name) => {
                    let tok =
                        Token::keyword(text).unwrap_or_else(|| Token::Ident(text.to_string()));
                    self.token(span.start, tok, span.end);
                }
                Ok(RawToken::Number(kind)) => {
                    let tok = match kind {
                        NumKind::Int => Token::Int(text.to_string()),
                        NumKind::Float => Token::Float(text.to_string()),
                        NumKind::Imag => Token::Imag(text.to_string()),
                    };
                    self.token(span.start, tok, span.end);
                }
                Ok(RawToken::Rune) => {
                    self.token(span.start, Token::Char(text.to_string()), span.end)
                }
                Ok(RawToken::Str) => self.token(span.start, Token::Str(text.to_string()), span.end),
                Ok(RawToken::Op(tok)) => self.token(span.start, tok, span.end),
                // Every character starts some pattern, so logos has no errors of its own;
                // should one slip through, report its first character as Go would.
                Ok(RawToken::Invalid) | Err(()) => {
                    let c = text.chars().next().unwrap_or('\u{FFFD}');
                    self.error(
                        span.start,
                        format!("invalid character {}", format_u(c as u32)),
                    );
                }
            }
        }
    }
}

/// The golden dump of `src`'s tokens, one per line, in the format of
/// `tools/gotokens` (Go's own scanner): `LINE:COL IDENT x`, `LINE:COL :=`,
/// `LINE:COL ; newline` (origin `semicolon`, `newline` or `EOF`). Columns count bytes
/// from 1. In literals a backslash is `\\`, a newline `\n`, a carriage return `\r`.
/// Errors, which the goldens never contain, come out as `LINE:COL error: MSG`.
pub fn dump_tokens(src: &str) -> String {
    let file = SourceFile::new("", "", src);
    let mut out = String::new();
    for item in Lexer::new(src) {
        let (pos, text) = match item {
            Err(e) => (e.pos, format!("error: {}", e.msg)),
            Ok((lo, tok, _)) => {
                let text = match &tok {
                    Token::Semi(SemiOrigin::Explicit) => "; semicolon".to_string(),
                    Token::Semi(SemiOrigin::Newline) => "; newline".to_string(),
                    Token::Semi(SemiOrigin::Eof) => "; EOF".to_string(),
                    Token::Ident(s) => format!("IDENT {}", escape_lit(s)),
                    Token::Int(s) => format!("INT {}", escape_lit(s)),
                    Token::Float(s) => format!("FLOAT {}", escape_lit(s)),
                    Token::Imag(s) => format!("IMAG {}", escape_lit(s)),
                    Token::Char(s) => format!("CHAR {}", escape_lit(s)),
                    Token::Str(s) => format!("STRING {}", escape_lit(s)),
                    t => t.to_string(),
                };
                (lo, text)
            }
        };
        let (line, col) = file.line_col(pos);
        out.push_str(&format!("{line}:{col} {text}\n"));
    }
    out
}

fn escape_lit(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line-by-line comparison that names the first differing line.
    fn diff(expected: &str, actual: &str) -> Option<String> {
        if expected == actual {
            return None;
        }
        let (e, a): (Vec<_>, Vec<_>) = (expected.lines().collect(), actual.lines().collect());
        let mut out = String::new();
        for i in 0..e.len().max(a.len()) {
            let (x, y) = (e.get(i).copied(), a.get(i).copied());
            if x != y {
                out.push_str(&format!("first difference at line {}:\n", i + 1));
                for line in &e[i.saturating_sub(2).min(e.len())..i.min(e.len())] {
                    out.push_str(&format!("    {line}\n"));
                }
                out.push_str(&format!(
                    "  - {}\n  + {}\n",
                    x.unwrap_or("<end>"),
                    y.unwrap_or("<end>")
                ));
                break;
            }
        }
        Some(out)
    }

    #[test]
    fn goldens_match_go_scanner() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/lexer");
        let mut inputs: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        inputs.sort();
        assert!(
            inputs.len() >= 20,
            "expected at least 20 golden inputs in {dir}"
        );
        let mut failures = Vec::new();
        for input in &inputs {
            let src = std::fs::read_to_string(input).unwrap();
            let golden = std::fs::read_to_string(input.with_extension("tokens"))
                .unwrap_or_else(|_| panic!("no golden for {}", input.display()));
            if let Some(d) = diff(&golden, &dump_tokens(&src)) {
                failures.push(format!("{}: {d}", input.display()));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} goldens differ:\n{}",
            failures.len(),
            inputs.len(),
            failures.join("\n")
        );
    }

    /// The errors for `src` as `LINE:COL: MSG` lines, the way `go build` prints them
    /// after the file name.
    fn errors(src: &str) -> Vec<String> {
        let file = SourceFile::new("", "", src);
        Lexer::new(src)
            .filter_map(|r| r.err())
            .map(|e| {
                let (l, c) = file.line_col(e.pos);
                format!("{l}:{c}: {}", e.msg)
            })
            .collect()
    }

    /// Each case is a program and the scanner errors real Go reported for it
    /// (go1.23.5, `go build` or `go tool compile` on the file), position and text.
    #[test]
    fn errors_match_cmd_compile() {
        let cases: &[(&str, &[&str])] = &[
            (
                "package main\nvar x = 1 @ 2\n",
                &["2:11: invalid character U+0040 '@'"],
            ),
            (
                "package main\nvar x = 1 \x01 2\n",
                &["2:11: invalid character U+0001"],
            ),
            (
                "package main\nvar x = \"abc\n",
                &["2:13: newline in string"],
            ),
            (
                "package main\nvar x = \"abc",
                &["2:9: string not terminated"],
            ),
            (
                "package main\nvar x = `abc",
                &["2:9: string not terminated"],
            ),
            (
                "package main\nvar x = 'a",
                &["2:9: rune literal not terminated"],
            ),
            (
                "package main\nvar x = 'a\n",
                &["2:11: newline in rune literal"],
            ),
            (
                "package main\nvar x = ''\n",
                &["2:10: empty rune literal or unescaped '"],
            ),
            (
                "package main\nvar x = 'ab'\n",
                &["2:9: more than one character in rune literal"],
            ),
            ("package main\n/* abc", &["2:1: comment not terminated"]),
            (
                "package main\nvar x = 1 /* abc",
                &["2:11: comment not terminated"],
            ),
            (
                "package main\nvar x = 08\n",
                &["2:10: invalid digit '8' in octal literal"],
            ),
            (
                "package main\nvar x = 0b12\n",
                &["2:12: invalid digit '2' in binary literal"],
            ),
            (
                "package main\nvar x = 1__2\n",
                &["2:11: '_' must separate successive digits"],
            ),
            (
                "package main\nvar x = 1_\n",
                &["2:10: '_' must separate successive digits"],
            ),
            (
                "package main\nvar x = 0x1.5\n",
                &["2:14: hexadecimal mantissa requires a 'p' exponent"],
            ),
            (
                "package main\nvar x = 0o1.2\n",
                &["2:12: invalid radix point in octal literal"],
            ),
            (
                "package main\nvar x = 0x\n",
                &["2:11: hexadecimal literal has no digits"],
            ),
            (
                "package main\nvar x = 0b1e3\n",
                &["2:12: 'e' exponent requires decimal mantissa"],
            ),
            (
                "package main\nvar x = 0o1p3\n",
                &["2:12: 'p' exponent requires hexadecimal mantissa"],
            ),
            (
                "package main\nvar x = 1e\n",
                &["2:11: exponent has no digits"],
            ),
            ("package main\nvar x = \"\\q\"\n", &["2:11: unknown escape"]),
            (
                "package main\nvar x = \"\\uD800\"\n",
                &["2:16: escape is invalid Unicode code point U+D800"],
            ),
            (
                "package main\nvar x = \"\\U00110000\"\n",
                &["2:20: escape is invalid Unicode code point U+110000"],
            ),
            (
                "package main\nvar x = \"\\400\"\n",
                &["2:14: octal escape value 256 > 255"],
            ),
            (
                "package main\nvar x = \"\\x4g\"\n",
                &["2:13: invalid character 'g' in hexadecimal escape"],
            ),
            (
                "package main\nvar x² = 1\n",
                &["2:6: invalid character U+00B2 '²' in identifier"],
            ),
            (
                "package main\nvar x = ²\n",
                &["2:9: invalid character U+00B2 '²' in identifier"],
            ),
            (
                "package main\nvar x€ = 1\n",
                &["2:6: invalid character U+20AC '€' in identifier"],
            ),
            (
                "package main\nvar x = 1 \x00 2\n",
                &["2:11: invalid NUL character"],
            ),
            (
                "package main\nvar x = 1 \u{FEFF}\n",
                &["2:11: invalid BOM in the middle of the file"],
            ),
        ];
        let mut failures = Vec::new();
        for (src, want) in cases {
            let got = errors(src);
            if got != *want {
                failures.push(format!("{src:?}\n  want {want:?}\n  got  {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// More programs, modelled on the cases of cmd/compile's own TestScanErrors
    /// (cmd/compile/internal/syntax/scanner_test.go); the expected lines are what
    /// go1.23.5's `go tool compile -e` printed for each program, keeping only the
    /// scanner's messages (not the parser's or the type checker's).
    #[test]
    fn errors_match_cmd_compile_scan_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "package p\nvar fo\u{0}o = 1\n",
                &["2:7: invalid NUL character"],
            ),
            (
                "package p\nvar foo = 1\n\u{feff} var bar = 2\n",
                &["3:1: invalid BOM in the middle of the file"],
            ),
            (
                "package p\nvar \u{bd} = 1\n",
                &["2:5: invalid character U+00BD '\u{bd}' in identifier"],
            ),
            (
                "package p\nvar \u{1d736}\u{1d737}\u{1d738}_\u{bd} = 1\n",
                &["2:18: invalid character U+00BD '\u{bd}' in identifier"],
            ),
            (
                "package p\nvar \u{1d7d8} = 1\n",
                &["2:5: identifier cannot begin with digit U+1D7D8 '\u{1d7d8}'"],
            ),
            (
                "package p\nvar foo\u{1d7d8}_\u{bd} = 1\n",
                &["2:13: invalid character U+00BD '\u{bd}' in identifier"],
            ),
            (
                "package p\nvar x = a + #y\n",
                &["2:13: invalid character U+0023 '#'"],
            ),
            (
                "package p\nvar foo$bar = 0\n",
                &["2:8: invalid character U+0024 '$'"],
            ),
            (
                "package p\nvar x = 0123456789\n",
                &["2:17: invalid digit '8' in octal literal"],
            ),
            (
                "package p\nvar x = 0123456789. /* foobar",
                &["2:21: comment not terminated"],
            ),
            (
                "package p\nvar x = 0123456789e0 /*\nfoobar",
                &["2:22: comment not terminated"],
            ),
            (
                "package p\nvar a, b = 09, 07\n",
                &["2:13: invalid digit '9' in octal literal"],
            ),
            ("package p\nvar x = '\n", &["2:10: newline in rune literal"]),
            (
                "package p\nvar x = '\\",
                &["2:9: rune literal not terminated"],
            ),
            (
                "package p\nvar x = '\\'",
                &["2:9: rune literal not terminated"],
            ),
            (
                "package p\nvar x = '\\x",
                &["2:9: rune literal not terminated"],
            ),
            (
                "package p\nvar x = '\\x'\n",
                &["2:12: invalid character '\\'' in hexadecimal escape"],
            ),
            ("package p\nvar x = '\\y'\n", &["2:11: unknown escape"]),
            (
                "package p\nvar x = '\\x0'\n",
                &["2:13: invalid character '\\'' in hexadecimal escape"],
            ),
            (
                "package p\nvar x = '\\00'\n",
                &["2:13: invalid character '\\'' in octal escape"],
            ),
            (
                "package p\nvar x = '\\377' /*",
                &["2:16: comment not terminated"],
            ),
            (
                "package p\nvar x = '\\378",
                &["2:13: invalid character '8' in octal escape"],
            ),
            (
                "package p\nvar x = '\\400'\n",
                &["2:14: octal escape value 256 > 255"],
            ),
            (
                "package p\nvar x = 'xx",
                &["2:9: rune literal not terminated"],
            ),
            (
                "package p\nvar x = 'xx'\n",
                &["2:9: more than one character in rune literal"],
            ),
            (
                "package p\nvar x =\n   \"foo\n",
                &["3:8: newline in string"],
            ),
            ("package p\nvar x = \"", &["2:9: string not terminated"]),
            ("package p\nvar x = `", &["2:9: string not terminated"]),
            (
                "package p\nvar x = 1 /*/",
                &["2:11: comment not terminated"],
            ),
            (
                "package p\nvar x = 1 /*\n\nfoo",
                &["2:11: comment not terminated"],
            ),
            ("package p\nvar x = \"\\", &["2:9: string not terminated"]),
            ("package p\nvar x = \"\\\"", &["2:9: string not terminated"]),
            ("package p\nvar x = \"\\x", &["2:9: string not terminated"]),
            (
                "package p\nvar x = \"\\x\"\n",
                &["2:12: invalid character '\"' in hexadecimal escape"],
            ),
            (
                "package p\nvar x = \"\\x0\"\n",
                &["2:13: invalid character '\"' in hexadecimal escape"],
            ),
            (
                "package p\nvar x = \"\\00\"\n",
                &["2:13: invalid character '\"' in octal escape"],
            ),
            (
                "package p\nvar x = \"\\378\"\n",
                &["2:13: invalid character '8' in octal escape"],
            ),
            (
                "package p\nvar s = \"foo\\z00\\nbar\"\n",
                &["2:14: unknown escape"],
            ),
            (
                "package p\nfunc f() string { return \"\\Uffffffff\" }\n",
                &["2:37: escape is invalid Unicode code point U+FFFFFFFF"],
            ),
            (
                "package p\nvar x = 0b.0\n",
                &["2:11: invalid radix point in binary literal"],
            ),
            (
                "package p\nvar x = 0x.p0\n",
                &["2:12: hexadecimal literal has no digits"],
            ),
            (
                "package p\nvar x = 0x1p\n",
                &["2:13: exponent has no digits"],
            ),
            (
                "package p\nvar x = 0X1.5P\n",
                &["2:15: exponent has no digits"],
            ),
            (
                "package p\nvar x = 1E+\n",
                &["2:12: exponent has no digits"],
            ),
            (
                "package p\nvar x = 0b_1__0\n",
                &["2:14: '_' must separate successive digits"],
            ),
            (
                "package p\nvar x = 0x_1_\n",
                &["2:13: '_' must separate successive digits"],
            ),
            (
                "package p\nvar x = 1_i\n",
                &["2:10: '_' must separate successive digits"],
            ),
            ("package p\nvar x = 0_7.5\n", &[]),
            (
                "package p\nvar x = 0o_\n",
                &["2:12: octal literal has no digits"],
            ),
            (
                "package p\nvar x = 0B\n",
                &["2:11: binary literal has no digits"],
            ),
            ("package p\nvar x = 0b102i\n", &[]),
            (
                "package p\nvar x = 0o8\n",
                &["2:11: invalid digit '8' in octal literal"],
            ),
            ("package p\nvar x = 1.5e3p\n", &[]),
            ("package p\nvar x = 0x1P-2E3\n", &[]),
            (
                "package p\nvar x = '\\u12'\n",
                &["2:14: invalid character '\\'' in hexadecimal escape"],
            ),
            (
                "package p\nvar x = '\\U0010FFFF' + '\\U00110000'\n",
                &["2:35: escape is invalid Unicode code point U+110000"],
            ),
            (
                "package p\nvar x = '\\uDFFF'\n",
                &["2:16: escape is invalid Unicode code point U+DFFF"],
            ),
            (
                "package p\nvar x = \"\\uE000\\xFF\\x\u{e9}\"\n",
                &["2:22: invalid character '\u{e9}' in hexadecimal escape"],
            ),
            (
                "package p\nvar x = \"a\"b\"\n",
                &["2:14: newline in string"],
            ),
            (
                "package p\nvar x = \u{201c}quoted\u{201d}\n",
                &[
                    "2:9: invalid character U+201C '\u{201c}' in identifier",
                    "2:18: invalid character U+201D '\u{201d}' in identifier",
                ],
            ),
            (
                "package p\nvar x = 1 ? 2 : 3\n",
                &["2:11: invalid character U+003F '?'"],
            ),
            (
                "package p\nvar x = \"\\\u{0}\"\n",
                &["2:11: invalid NUL character", "2:13: newline in string"],
            ),
            (
                "package p\nvar x = `a\u{0}b`\n",
                &["2:11: invalid NUL character"],
            ),
            (
                "package p\nvar x = 1 // c\u{0}d\n",
                &["2:15: invalid NUL character"],
            ),
            (
                "package p\nvar x = \u{7f}\n",
                &["2:9: invalid character U+007F"],
            ),
            (
                "package p\nvar x\u{a0}= 1\n",
                &["2:6: invalid character U+00A0 in identifier"],
            ),
            (
                "package p\nvar x = '\\'\n",
                &["2:12: newline in rune literal"],
            ),
            (
                "package p\nvar x = '''\n",
                &[
                    "2:10: empty rune literal or unescaped '",
                    "2:12: newline in rune literal",
                ],
            ),
        ];
        let mut failures = Vec::new();
        for (src, want) in cases {
            let got = errors(src);
            if got != *want {
                failures.push(format!("{src:?}\n  want {want:?}\n  got  {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Every character starts some pattern, so logos itself never fails: the
    /// `Err(())` branch of the iterator is unreachable in practice. Checked on all
    /// one- and two-character texts over ASCII and a few non-ASCII characters, and on
    /// three-character texts over the punctuation (where logos must fall back from a
    /// longer operator to a shorter one, as in `..x`).
    #[test]
    fn raw_patterns_cover_every_character() {
        let mut alphabet: Vec<char> = (0u8..0x80).map(char::from).collect();
        alphabet.extend(['é', '²', '€', '\u{FEFF}', '\u{A0}', '١', '世']);
        let punct: Vec<char> = "!%&()*+,-./:;<=>[]^{|}~'\"`0a".chars().collect();
        let mut texts = Vec::new();
        for &a in &alphabet {
            texts.push(a.to_string());
            for &b in &alphabet {
                texts.push(format!("{a}{b}"));
            }
        }
        for &a in &punct {
            for &b in &punct {
                for &c in &punct {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        for t in &texts {
            let mut lx = RawToken::lexer(t);
            while let Some(r) = lx.next() {
                assert!(r.is_ok(), "logos failed on {t:?} at {:?}", lx.span());
            }
        }
    }

    /// The spans of real tokens cover exactly their text; inserted semicolons are
    /// empty spans, at a newline, a comment start or the end of the text.
    #[test]
    fn spans_cover_token_text() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/lexer");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "go") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for item in Lexer::new(&src) {
                let (lo, tok, hi) = item.unwrap();
                let text = &src[lo as usize..hi as usize];
                match tok {
                    Token::Semi(SemiOrigin::Explicit) => assert_eq!(text, ";"),
                    Token::Semi(SemiOrigin::Newline) => {
                        assert_eq!(lo, hi);
                        assert!(
                            src[lo as usize..].starts_with(['\n', '/']),
                            "{}: newline ; at {lo}",
                            path.display()
                        );
                    }
                    Token::Semi(SemiOrigin::Eof) => {
                        assert_eq!((lo, hi), (src.len() as u32, src.len() as u32))
                    }
                    t => assert_eq!(text, t.to_string(), "{}: span {lo}..{hi}", path.display()),
                }
            }
        }
    }

    /// Tokens and inserted semicolons as `describe` names them, errors as `error: MSG`.
    fn stream(src: &str) -> Vec<String> {
        Lexer::new(src)
            .map(|r| match r {
                Ok((_, t, _)) => t.describe(),
                Err(e) => format!("error: {}", e.msg),
            })
            .collect()
    }

    /// After an error the lexer goes on as cmd/compile's scanner does: invalid
    /// characters are dropped without touching the semicolon rule, malformed literals
    /// are still tokens (and so still allow a semicolon).
    #[test]
    fn recovery_after_errors() {
        assert_eq!(
            stream("x @\ny"),
            [
                "name x",
                "error: invalid character U+0040 '@'",
                "newline",
                "name y",
                "EOF"
            ]
        );
        assert_eq!(
            stream("( @\n)"),
            ["(", "error: invalid character U+0040 '@'", ")", "EOF"]
        );
        assert_eq!(
            stream("x = \"abc\ny"),
            [
                "name x",
                "=",
                "error: newline in string",
                "literal \"abc",
                "newline",
                "name y",
                "EOF"
            ]
        );
        assert_eq!(
            stream("08 + 1"),
            [
                "error: invalid digit '8' in octal literal",
                "literal 08",
                "+",
                "literal 1",
                "EOF"
            ]
        );
        assert_eq!(
            stream("x /* abc"),
            ["name x", "error: comment not terminated", "EOF"]
        );
        assert_eq!(
            stream("x /* a\nbc"),
            ["name x", "error: comment not terminated", "newline"]
        );
        assert_eq!(
            stream("'ab' x"),
            [
                "error: more than one character in rune literal",
                "literal 'ab'",
                "name x",
                "EOF"
            ]
        );
    }
}
