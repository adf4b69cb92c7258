//! What the go command checks before it runs the compiler, and how it words it.
//!
//! `go build` first loads the package: go/build reads each file's header (the package
//! clause and the imports, `go/build/read.go`), parses it with go/parser in
//! `ImportsOnly` mode, and resolves every import path. A failure there is reported by
//! the go command, not by cmd/compile: in go/scanner's and go/parser's words, only the
//! first error of a file, with the file named relative to the working directory
//! (`prog.go:1:1: expected 'package', found 'import'`) and no
//! `# command-line-arguments` header. This module reproduces those checks on our
//! tokens; [`crate::driver`] runs them before parsing.

use crate::syntax::lexer::Lexer;
use crate::syntax::token::{SemiOrigin, Token};

/// An error of the go command: a byte position in the file and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub pos: u32,
    pub msg: String,
    /// Whether the go command names the file by its absolute path (an error go/build
    /// makes itself, such as `invalid import path`) rather than relative to the
    /// working directory (go/parser's errors).
    pub absolute: bool,
}

/// One import of a file: its path (unquoted) and where the go command reports a
/// problem with it (the import spec: its name if it has one, else its path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderImport {
    pub path: String,
    pub pos: u32,
}

/// Reads a file's header as the go command does: the first error it reports, or the
/// imports.
pub fn read_header(src: &str) -> Result<Vec<HeaderImport>, LoadError> {
    let text = match header_len(src.as_bytes()) {
        Some(n) => src.get(..n).unwrap_or(src),
        None => src,
    };
    let mut p = HeaderParser::new(text);
    p.file();
    if let Some(first) = p.errors.iter().min_by_key(|e| e.pos) {
        return Err(first.clone());
    }
    for imp in &p.imports {
        if !is_valid_import(&imp.path) {
            return Err(LoadError {
                pos: imp.pos,
                msg: format!("invalid import path: {}", imp.path),
                absolute: true,
            });
        }
    }
    Ok(p.imports)
}

/// How the go command reports an import path that names no package, or None when the
/// path is a standard package. `is_std` says whether a path is one.
pub fn missing_package(path: &str, is_std: impl Fn(&str) -> bool) -> Option<String> {
    if path == "unsafe" || path == "C" || is_std(path) {
        return None;
    }
    let first = path.split('/').next().unwrap_or(path);
    if first.contains('.') {
        Some(format!(
            "no required module provides package {path}: go.mod file not found in current \
             directory or any parent directory; see 'go help modules'"
        ))
    } else {
        Some(format!(
            "package {path} is not in std (/usr/lib/go-1.23/src/{path})"
        ))
    }
}

/// go/build's `isValidImport`.
fn is_valid_import(s: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    !s.is_empty()
        && s.chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !ILLEGAL.contains(c))
}

// ---------------------------------------------------------------------------
// go/build's import reader: how much of the file go/parser gets to see.

struct Reader<'a> {
    b: &'a [u8],
    /// Bytes read so far (go/build's `buf` is `b[..read]`).
    read: usize,
    peek: u8,
    syntax_err: bool,
    other_err: bool,
    eof: bool,
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl Reader<'_> {
    fn err(&self) -> bool {
        self.syntax_err || self.other_err
    }

    fn syntax_error(&mut self) {
        if !self.err() {
            self.syntax_err = true;
        }
    }

    fn read_byte(&mut self) -> u8 {
        match self.b.get(self.read) {
            Some(&c) => {
                self.read += 1;
                if c == 0 && !self.err() {
                    self.other_err = true;
                }
                c
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.err() {
            return 0;
        }
        let mut c = self.peek;
        if c == 0 {
            c = self.read_byte();
        }
        while !self.err() && !self.eof {
            if skip_space {
                match c {
                    b' ' | 0x0c | b'\t' | b'\r' | b'\n' | b';' => {
                        c = self.read_byte();
                        continue;
                    }
                    b'/' => {
                        c = self.read_byte();
                        if c == b'/' {
                            while c != b'\n' && !self.err() && !self.eof {
                                c = self.read_byte();
                            }
                        } else if c == b'*' {
                            let mut c1 = 0u8;
                            while (c != b'*' || c1 != b'/') && !self.err() {
                                if self.eof {
                                    self.syntax_error();
                                }
                                c = c1;
                                c1 = self.read_byte();
                            }
                        } else {
                            self.syntax_error();
                        }
                        c = self.read_byte();
                        continue;
                    }
                    _ => {}
                }
            }
            break;
        }
        self.peek = c;
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = 0;
        c
    }

    fn read_keyword(&mut self, kw: &[u8]) {
        self.peek_byte(true);
        for &k in kw {
            if self.next_byte(false) != k {
                self.syntax_error();
                return;
            }
        }
        if is_ident(self.peek_byte(false)) {
            self.syntax_error();
        }
    }

    fn read_ident(&mut self) {
        let c = self.peek_byte(true);
        if !is_ident(c) {
            self.syntax_error();
            return;
        }
        while is_ident(self.peek_byte(false)) {
            self.peek = 0;
        }
    }

    fn read_string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while !self.err() {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.syntax_error();
                    }
                }
            }
            b'"' => {
                while !self.err() {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.syntax_error();
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.syntax_error(),
        }
    }

    fn read_import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = 0;
        } else if is_ident(c) {
            self.read_ident();
        }
        self.read_string();
    }
}

/// go/build's `readGoInfo` up to the parse: the length of the header go/parser is given,
/// or None for the whole file (after a syntax error in the header).
fn header_len(b: &[u8]) -> Option<usize> {
    let mut r = Reader {
        b,
        read: 0,
        peek: 0,
        syntax_err: false,
        other_err: false,
        eof: false,
    };
    r.read_keyword(b"package");
    r.read_ident();
    while r.peek_byte(true) == b'i' {
        r.read_keyword(b"import");
        if r.peek_byte(true) == b'(' {
            r.next_byte(false);
            while r.peek_byte(true) != b')' && !r.err() {
                r.read_import();
            }
            r.next_byte(false);
        } else {
            r.read_import();
        }
    }
    if r.syntax_err || r.other_err {
        return None;
    }
    if !r.eof {
        return Some(r.read.saturating_sub(1));
    }
    Some(r.read)
}

// ---------------------------------------------------------------------------
// go/parser in ImportsOnly mode, over our tokens.

struct HeaderParser<'a> {
    text: &'a str,
    toks: Vec<(u32, Token, u32)>,
    /// go/scanner's errors found while scanning token `i` (`toks.len()`: the end).
    scan_errors: Vec<Vec<LoadError>>,
    i: usize,
    started: bool,
    errors: Vec<LoadError>,
    imports: Vec<HeaderImport>,
    /// go/parser's `syncPos`/`syncCnt` for `advance`.
    sync_pos: u32,
    sync_cnt: u32,
}

/// go/scanner's account of a lexical error cmd/compile's scanner words as `e`, inside
/// or before the token `tok`.
fn scanner_error(text: &str, e_pos: u32, msg: &str, tok: Option<&(u32, Token, u32)>) -> LoadError {
    let at = |pos: u32, msg: &str| LoadError {
        pos,
        msg: msg.to_string(),
        absolute: false,
    };
    let start = tok.map_or(e_pos, |t| t.0);
    let raw = text.as_bytes().get(start as usize) == Some(&b'`');
    match msg {
        "newline in string" => at(start, "string literal not terminated"),
        "string not terminated" if raw => at(start, "raw string literal not terminated"),
        "string not terminated" => at(start, "string literal not terminated"),
        "newline in rune literal" | "rune literal not terminated" => {
            at(start, "rune literal not terminated")
        }
        "empty rune literal or unescaped ' in rune literal"
        | "more than one character in rune literal" => at(start, "illegal rune literal"),
        "unknown escape" => at(e_pos, "unknown escape sequence"),
        "invalid NUL character" => at(e_pos, "illegal character NUL"),
        "invalid BOM in the middle of the file" => at(e_pos, "illegal byte order mark"),
        m if m.starts_with("invalid character ") => {
            let c = text[e_pos as usize..].chars().next().unwrap_or('\u{FFFD}');
            if c == '\u{201C}' || c == '\u{201D}' {
                at(
                    e_pos,
                    &format!("curly quotation mark '{c}' (use neutral '\"')"),
                )
            } else {
                at(
                    e_pos,
                    &format!(
                        "illegal character {}",
                        crate::syntax::lexer::format_u(c as u32)
                    ),
                )
            }
        }
        m => at(e_pos, m),
    }
}

impl<'a> HeaderParser<'a> {
    fn new(text: &'a str) -> HeaderParser<'a> {
        let mut toks: Vec<(u32, Token, u32)> = Vec::new();
        let mut raw_errs: Vec<Vec<(u32, String)>> = vec![Vec::new()];
        for item in Lexer::new(text) {
            match item {
                Ok(t) => {
                    toks.push(t);
                    raw_errs.push(Vec::new());
                }
                Err(e) => raw_errs[toks.len()].push((e.pos, e.msg)),
            }
        }
        let scan_errors = raw_errs
            .iter()
            .enumerate()
            .map(|(i, errs)| {
                let tok = toks.get(i);
                errs.iter()
                    .map(|(pos, msg)| {
                        // An error inside the token is the token's; one before it (an
                        // invalid character) stands alone.
                        let inside = tok.filter(|t| *pos >= t.0 && *pos <= t.2);
                        scanner_error(text, *pos, msg, inside)
                    })
                    .collect()
            })
            .collect();
        HeaderParser {
            text,
            toks,
            scan_errors,
            i: 0,
            started: false,
            errors: Vec::new(),
            imports: Vec::new(),
            sync_pos: 0,
            sync_cnt: 0,
        }
    }

    fn next(&mut self) {
        if self.started {
            if self.i >= self.toks.len() {
                return;
            }
            self.i += 1;
        }
        self.started = true;
        let errs = self.scan_errors[self.i].clone();
        self.errors.extend(errs);
    }

    fn tok(&self) -> Option<&Token> {
        self.toks.get(self.i).map(|t| &t.1)
    }

    fn pos(&self) -> u32 {
        self.toks
            .get(self.i)
            .map_or(self.text.len() as u32, |t| t.0)
    }

    fn line(&self, pos: u32) -> usize {
        self.text[..(pos as usize).min(self.text.len())]
            .bytes()
            .filter(|&b| b == b'\n')
            .count()
    }

    /// go/parser's `error`: drops an error on the line of the previous one.
    fn error(&mut self, pos: u32, msg: String) {
        if let Some(last) = self.errors.last()
            && self.line(last.pos) == self.line(pos)
        {
            return;
        }
        self.errors.push(LoadError {
            pos,
            msg,
            absolute: false,
        });
    }

    fn error_expected(&mut self, pos: u32, what: &str) {
        let mut msg = format!("expected {what}");
        if pos == self.pos() {
            match self.tok() {
                Some(Token::Semi(SemiOrigin::Newline | SemiOrigin::Eof)) => {
                    msg.push_str(", found newline")
                }
                Some(
                    Token::Ident(s)
                    | Token::Int(s)
                    | Token::Float(s)
                    | Token::Imag(s)
                    | Token::Char(s)
                    | Token::Str(s),
                ) => {
                    msg.push_str(", found ");
                    msg.push_str(s);
                }
                Some(t) => msg.push_str(&format!(", found '{t}'")),
                None => msg.push_str(", found 'EOF'"),
            }
        }
        self.error(pos, msg);
    }

    fn expect(&mut self, want: &Token, name: &str) {
        let pos = self.pos();
        if self.tok() != Some(want) {
            self.error_expected(pos, &format!("'{name}'"));
        }
        self.next();
    }

    fn expect_semi(&mut self) {
        match self.tok() {
            Some(Token::RParen | Token::RBrace) => {}
            Some(Token::Comma) => {
                self.error_expected(self.pos(), "';'");
                self.next();
            }
            Some(Token::Semi(_)) => self.next(),
            _ => {
                self.error_expected(self.pos(), "';'");
                self.advance(&[
                    Token::Break,
                    Token::Const,
                    Token::Continue,
                    Token::Defer,
                    Token::Fallthrough,
                    Token::For,
                    Token::Go,
                    Token::Goto,
                    Token::If,
                    Token::Return,
                    Token::Select,
                    Token::Switch,
                    Token::Type,
                    Token::Var,
                ]);
            }
        }
    }

    /// go/parser's `advance`; the semicolon kinds count as one token class.
    fn advance(&mut self, to: &[Token]) {
        while self.i < self.toks.len() {
            let t = self.toks[self.i].1.clone();
            let hit = to.iter().any(|w| match (w, &t) {
                (Token::Semi(_), Token::Semi(_)) => true,
                (w, t) => w == t,
            });
            if hit {
                let pos = self.pos();
                if pos == self.sync_pos && self.sync_cnt < 10 {
                    self.sync_cnt += 1;
                    return;
                }
                if pos > self.sync_pos {
                    self.sync_pos = pos;
                    self.sync_cnt = 0;
                    return;
                }
            }
            self.next();
        }
    }

    fn file(&mut self) {
        self.next();
        if !self.errors.is_empty() {
            return;
        }
        self.expect(&Token::Package, "package");
        match self.tok() {
            Some(Token::Ident(_)) => self.next(),
            _ => self.expect(&Token::Ident(String::new()), "IDENT"),
        }
        self.expect_semi();
        if !self.errors.is_empty() {
            return;
        }
        while self.tok() == Some(&Token::Import) {
            self.next();
            if self.tok() == Some(&Token::LParen) {
                self.next();
                while !matches!(self.tok(), Some(Token::RParen) | None) {
                    self.import_spec();
                }
                self.expect(&Token::RParen, ")");
                self.expect_semi();
            } else {
                self.import_spec();
            }
        }
    }

    fn import_spec(&mut self) {
        let mut spec_pos = None;
        match self.tok() {
            Some(Token::Ident(_)) | Some(Token::Period) => {
                spec_pos = Some(self.pos());
                self.next();
            }
            _ => {}
        }
        let pos = self.pos();
        match self.tok().cloned() {
            Some(Token::Str(s)) => {
                self.next();
                self.imports.push(HeaderImport {
                    path: unquote(&s),
                    pos: spec_pos.unwrap_or(pos),
                });
            }
            // go/token counts names as literals too.
            Some(
                Token::Ident(_) | Token::Int(_) | Token::Float(_) | Token::Imag(_) | Token::Char(_),
            ) => {
                self.error(pos, "import path must be a string".into());
                self.next();
            }
            _ => {
                self.error(pos, "missing import path".into());
                self.advance(&[
                    Token::Comma,
                    Token::Colon,
                    Token::Semi(SemiOrigin::Explicit),
                    Token::RParen,
                    Token::RBrack,
                    Token::RBrace,
                ]);
            }
        }
        self.expect_semi();
    }
}

/// The value of an import path literal (escapes in paths are rare; they are decoded
/// simply).
fn unquote(lit: &str) -> String {
    if let Some(raw) = lit.strip_prefix('`') {
        return raw.trim_end_matches('`').to_string();
    }
    let body = lit
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(lit);
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(c) => out.push(c),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(src: &str) -> Result<Vec<String>, (u32, String)> {
        read_header(src)
            .map(|v| v.into_iter().map(|i| i.path).collect())
            .map_err(|e| (e.pos, e.msg))
    }

    #[test]
    fn reads_imports() {
        let src = "// doc\npackage main\n\nimport \"fmt\"\nimport (\n\t\"os\"\n\tm \"math\"\n)\n\nfunc main() {}\n";
        assert_eq!(
            first(src),
            Ok(vec!["fmt".into(), "os".into(), "math".into()])
        );
        // Nothing after the imports is read, so errors there are not the go command's.
        assert_eq!(first("package main\n\n# x\nfunc main() {\n"), Ok(vec![]));
    }

    #[test]
    fn header_errors_in_go_parser_words() {
        assert_eq!(
            first("import \"fmt\"\n\nfunc main() {}\n"),
            Err((0, "expected 'package', found 'import'".into()))
        );
        assert_eq!(
            first("package main\n\nimport \"fmt\n\nfunc main() {}\n"),
            Err((21, "string literal not terminated".into()))
        );
        assert_eq!(
            first("package main\nimport (\n\"fmt\"\n\nfunc main() {\n}\n"),
            Err((29, "missing import path".into()))
        );
        assert_eq!(
            first("package\n"),
            Err((8, "expected 'IDENT', found 'EOF'".into()))
        );
        assert_eq!(
            first("package main\nimport \"\"\n"),
            Err((20, "invalid import path: ".into()))
        );
    }

    #[test]
    fn missing_packages() {
        let std = |p: &str| p == "fmt";
        assert_eq!(missing_package("fmt", std), None);
        assert_eq!(
            missing_package("foo/bar", std).unwrap(),
            "package foo/bar is not in std (/usr/lib/go-1.23/src/foo/bar)"
        );
        assert!(
            missing_package("example.com/x", std)
                .unwrap()
                .starts_with("no required module provides package example.com/x: go.mod")
        );
    }
}
